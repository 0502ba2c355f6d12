package org.govopen.interaction.open311;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.govopen.interaction.service.InteractionConfig;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Open311 GeoReport v2 (http://wiki.open311.org/GeoReport_v2) for civic apps: the services (留言类别), filing a request
 * (受理 as a message of channel OPEN311) and following requests. The format is the path's extension, {@code .json} or
 * {@code .xml}; errors are the spec's list of {@code code} and {@code description} in the same format (never
 * problem+json), with the status 400, 403 or 404 — every error of this class goes through {@link #error}.
 */
@Path("/open311/v2")
@Tag(name = "Open311", description = "Open311 GeoReport v2：服务（留言类别）列表、提交诉求（需 api_key）、查询诉求办理状态；"
        + "格式由路径扩展名决定（.json 或 .xml），错误为规范的 errors 列表")
@PermitAll
public class Open311Resource {

    static final String JSON = "application/json";
    static final String XML = "text/xml";

    /** The spec's error element, for the document. */
    @Schema(name = "Open311Error", description = "GeoReport v2 error: a list of these, in JSON or as <errors><error>…</error></errors>")
    public record ErrorView(@Schema(examples = "400") int code, @Schema(examples = "description：不能为空") String description) {
    }

    /** The form of POST requests, for the document only: read from the form by name. */
    @Schema(name = "Open311RequestForm")
    public record RequestForm(
            @Schema(required = true, description = "the key issued to the app") String api_key,
            @Schema(description = "optional; when given, this endpoint's") String jurisdiction_id,
            @Schema(required = true, description = "a service_code of services, e.g. COMPLAINT") String service_code,
            @Schema(required = true, maxLength = 5000, description = "the citizen's words") String description,
            @Schema(description = "WGS84 latitude; with long") String lat,
            @Schema(name = "long", description = "WGS84 longitude; with lat") String long_,
            @Schema(maxLength = 300, description = "where: added to the text for the office") String address_string,
            @Schema(maxLength = 200, description = "contact, staff only") String email,
            @Schema(maxLength = 50, description = "contact, staff only") String first_name,
            @Schema(maxLength = 50, description = "contact, staff only") String last_name,
            @Schema(maxLength = 20, description = "contact, staff only") String phone,
            @Schema(description = "ignored") String media_url) {
    }

    @Inject
    Open311Service service;

    @Inject
    Open311Errors errors;

    @Inject
    InteractionConfig config;

    @Context
    UriInfo uri;

    @GET
    @Path("/discovery.{format}")
    @Operation(summary = "Service discovery (Open311)",
            description = "changeset, contact, key_service and the GeoReport v2 endpoint (specification, url, changeset, type, formats).")
    @APIResponse(responseCode = "200", description = "the discovery document", content = {@Content(mediaType = JSON),
            @Content(mediaType = XML)})
    @APIResponse(responseCode = "404", description = "an extension other than json or xml",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = ErrorView[].class)))
    public Response discovery(@PathParam("format") @Parameter(schema = @Schema(enumeration = {"json", "xml"})) String format) {
        Open311Format f = format(format);
        String url = uri.getBaseUriBuilder().path(Open311Resource.class).build().toString();
        return ok(f, Open311Views.discovery(url, config.open311().jurisdictionId()));
    }

    @GET
    @Path("/services.{format}")
    @Operation(summary = "Service list (GET services)",
            description = "One service per message category (留言类别): service_code the category, service_name its Chinese "
                    + "label; metadata false (no attributes), type realtime (the request gets its number at once).")
    @APIResponse(responseCode = "200", description = "the services", content = {@Content(mediaType = JSON),
            @Content(mediaType = XML)})
    @APIResponse(responseCode = "404", description = "another jurisdiction_id, or an extension other than json or xml",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = ErrorView[].class)))
    public Response listServices(@PathParam("format") @Parameter(schema = @Schema(enumeration = {"json", "xml"})) String format,
                             @QueryParam("jurisdiction_id") String jurisdictionId) {
        Open311Format f = format(format);
        service.checkJurisdiction(jurisdictionId);
        return ok(f, Open311Views.services());
    }

    @GET
    @Path("/services/{service_code}.{format}")
    @Operation(summary = "Service definition (GET services/{service_code})",
            description = "The services have no metadata: attributes is empty.")
    @APIResponse(responseCode = "200", description = "the definition", content = {@Content(mediaType = JSON),
            @Content(mediaType = XML)})
    @APIResponse(responseCode = "404", description = "an unknown service_code or jurisdiction_id, or an extension other than json or xml",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = ErrorView[].class)))
    public Response getServiceDefinition(@PathParam("service_code") String serviceCode,
                               @PathParam("format") @Parameter(schema = @Schema(enumeration = {"json", "xml"})) String format,
                               @QueryParam("jurisdiction_id") String jurisdictionId) {
        Open311Format f = format(format);
        service.checkJurisdiction(jurisdictionId);
        return ok(f, Open311Views.definition(service.service(serviceCode)));
    }

    @POST
    @Path("/requests.{format}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Create a service request (POST requests)",
            description = "Form-encoded, as the spec. api_key required (403 without or with an unknown one; none configured: "
                    + "filing is closed); service_code and description (at most 5000 characters) required; lat and long "
                    + "together, or address_string, optional (added to the text for the office); email, first_name, last_name, "
                    + "phone: the writer's contact, seen by staff only. media_url and attributes are ignored. Received as a "
                    + "message of the Open311 office with 5 working days to reply; answers its number (service_request_id), "
                    + "the token (its tracking code) and when the reply is due (service_notice).")
    @APIResponse(responseCode = "200", description = "received: a list of one request", content = {@Content(mediaType = JSON),
            @Content(mediaType = XML)})
    @APIResponse(responseCode = "400", description = "a required field missing or a field invalid: one error per field",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = ErrorView[].class)))
    @APIResponse(responseCode = "403", description = "api_key missing or not valid",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = ErrorView[].class)))
    @APIResponse(responseCode = "404", description = "another jurisdiction_id, or an extension other than json or xml",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = ErrorView[].class)))
    public Response createServiceRequest(@PathParam("format") @Parameter(schema = @Schema(enumeration = {"json", "xml"})) String format,
                           @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_FORM_URLENCODED,
                                   schema = @Schema(implementation = RequestForm.class))) MultivaluedMap<String, String> form) {
        Open311Format f = format(format);
        // read by name rather than as @FormParam: the kernel's parameter converters cap text parameters at 2,000
        // characters, and a description may have 5,000
        var filing = new Open311Service.Filing(field(form, "api_key"), field(form, "jurisdiction_id"),
                field(form, "service_code"), field(form, "description"), field(form, "lat"), field(form, "long"),
                field(form, "address_string"), field(form, "email"), field(form, "first_name"), field(form, "last_name"),
                field(form, "phone"));
        return ok(f, Open311Views.filed(service.file(filing)));
    }

    @GET
    @Path("/requests.{format}")
    @Operation(summary = "Service requests (GET requests)",
            description = "Every message, whichever way it came (website, 12345, Open311): by service_request_id (comma-separated; "
                    + "the other parameters are then ignored), else received between start_date and end_date (W3C datetimes "
                    + "with offset, at most 90 days apart; by default the last 90 days), of the service_code(s) and status(es) "
                    + "given (open, closed; comma-separated); newest first, at most 1000. status closed: replied, closed or "
                    + "merged. description only once the message is published (公开选登), with personal data masked; the "
                    + "writer never appears.")
    @APIResponse(responseCode = "200", description = "the requests", content = {@Content(mediaType = JSON),
            @Content(mediaType = XML)})
    @APIResponse(responseCode = "400", description = "a parameter invalid",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = ErrorView[].class)))
    @APIResponse(responseCode = "404", description = "another jurisdiction_id, or an extension other than json or xml",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = ErrorView[].class)))
    public Response listServiceRequests(@PathParam("format") @Parameter(schema = @Schema(enumeration = {"json", "xml"})) String format,
                             @QueryParam("jurisdiction_id") String jurisdictionId,
                             @QueryParam("service_request_id") String serviceRequestId,
                             @QueryParam("service_code") String serviceCode,
                             @QueryParam("start_date") @Parameter(description = "e.g. 2026-11-01T00:00:00+08:00") String startDate,
                             @QueryParam("end_date") @Parameter(description = "e.g. 2026-11-30T23:59:59+08:00") String endDate,
                             @QueryParam("status") @Parameter(description = "open, closed or open,closed") String status) {
        Open311Format f = format(format);
        service.checkJurisdiction(jurisdictionId);
        return ok(f, Open311Views.requests(service.requests(serviceRequestId, serviceCode, startDate, endDate, status)));
    }

    @GET
    @Path("/requests/{service_request_id}.{format}")
    @Operation(summary = "A service request (GET requests/{service_request_id})", description = "A list of that one request.")
    @APIResponse(responseCode = "200", description = "the request", content = {@Content(mediaType = JSON),
            @Content(mediaType = XML)})
    @APIResponse(responseCode = "404", description = "an unknown service_request_id or jurisdiction_id, or an extension other than json or xml",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = ErrorView[].class)))
    public Response getServiceRequest(@PathParam("service_request_id") String serviceRequestId,
                            @PathParam("format") @Parameter(schema = @Schema(enumeration = {"json", "xml"})) String format,
                            @QueryParam("jurisdiction_id") String jurisdictionId) {
        Open311Format f = format(format);
        service.checkJurisdiction(jurisdictionId);
        return ok(f, Open311Views.requests(java.util.List.of(service.request(serviceRequestId))));
    }

    @GET
    @Path("/tokens/{token}.{format}")
    @Operation(summary = "The request of a token (GET tokens/{token})",
            description = "Requests get their number at once; the token answered by POST requests (the tracking code) finds it too.")
    @APIResponse(responseCode = "200", description = "service_request_id and token", content = {@Content(mediaType = JSON),
            @Content(mediaType = XML)})
    @APIResponse(responseCode = "404", description = "an unknown token or jurisdiction_id, or an extension other than json or xml",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = ErrorView[].class)))
    public Response getServiceRequestIdByToken(@PathParam("token") String token,
                          @PathParam("format") @Parameter(schema = @Schema(enumeration = {"json", "xml"})) String format,
                          @QueryParam("jurisdiction_id") String jurisdictionId) {
        Open311Format f = format(format);
        service.checkJurisdiction(jurisdictionId);
        return ok(f, Open311Views.token(service.byToken(token)));
    }

    /** Any other path under /open311/v2: a 404 in the spec's format rather than the kernel's problem. */
    @GET
    @Path("/{path: .*}")
    @Operation(hidden = true)
    public Response unknownGet(@PathParam("path") String path) {
        throw new NotFoundException();
    }

    @POST
    @Path("/{path: .*}")
    @Operation(hidden = true)
    public Response unknownPost(@PathParam("path") String path) {
        throw new NotFoundException();
    }

    /** Every error of these endpoints, parameter conversion and validation included, in the spec's format. */
    @ServerExceptionMapper
    public Response error(Throwable e, UriInfo uri) {
        return errors.respond(e, uri);
    }

    private Open311Format format(String extension) {
        return Open311Format.of(extension).orElseThrow(NotFoundException::new);
    }

    private Response ok(Open311Format format, Open311Document document) {
        return errors.write(Response.ok(), format, document).build();
    }

    private static String field(MultivaluedMap<String, String> form, String name) {
        return form == null ? null : form.getFirst(name);
    }
}
