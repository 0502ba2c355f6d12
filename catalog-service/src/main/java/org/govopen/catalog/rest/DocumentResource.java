package org.govopen.catalog.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.govopen.catalog.api.DocumentForms;
import org.govopen.catalog.api.DocumentView;
import org.govopen.catalog.api.InterpretationView;
import org.govopen.catalog.api.RecheckView;
import org.govopen.catalog.domain.DisclosureAttribute;
import org.govopen.catalog.domain.DocumentCleanup;
import org.govopen.catalog.domain.DocumentRecheck;
import org.govopen.catalog.domain.DocumentStatus;
import org.govopen.catalog.domain.GovDocument;
import org.govopen.catalog.service.DocumentQueries;
import org.govopen.catalog.service.DocumentService;
import org.govopen.catalog.service.InterpretationService;
import org.govopen.commons.problem.Params;
import org.govopen.commons.problem.Problem;
import org.govopen.commons.rest.Page;
import org.govopen.commons.rest.PageRequest;
import org.govopen.commons.security.CurrentUser;
import org.govopen.commons.security.Roles;

/** Documents' disclosure attribute (公开属性源头认定), its periodic re-check, and the clean-up of obsolete documents. */
@Path("/api/v1/documents")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Documents", description = "公文公开属性：源头认定、定期复核、失效清理")
public class DocumentResource {

    @Inject
    DocumentService documents;

    @Inject
    CurrentUser user;

    @Inject
    DocumentQueries queries;

    @Inject
    InterpretationService interpretations;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CLERK, Roles.SUPERVISOR})
    @Operation(summary = "Register a document with its disclosure attribute",
            description = "依申请公开 and 不予公开 without a reason are refused (400 naming reason). Documents not "
                    + "proactively disclosed get a re-check deadline by the unit's cycle. Announced as "
                    + "govopen.catalog.document.attribute-changed.")
    @APIResponse(responseCode = "201", description = "registered",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DocumentView.class)))
    public Response register(@Valid DocumentForms.NewDocumentForm form) {
        user.requireCovers(form.unit());
        GovDocument d = documents.register(form);
        return Response.created(URI.create("/api/v1/documents/" + d.id)).entity(DocumentView.of(d)).build();
    }

    @GET
    @RolesAllowed(Roles.STAFF)
    @Operation(summary = "Documents of a unit and those below it; recheckOverdue=true lists those past their re-check day",
            description = "sort: -formedOn (default: newest first).")
    public Page<DocumentView> listDocuments(@QueryParam("unit") String unit, @QueryParam("attribute") String attribute,
                                   @QueryParam("status") String status,
                                   @QueryParam("recheckOverdue") Boolean recheckOverdue,
                                   @Valid @BeanParam PageRequest paging) {
        DisclosureAttribute a = Params.optionalEnum(DisclosureAttribute.class, "attribute", attribute);
        DocumentStatus s = Params.optionalEnum(DocumentStatus.class, "status", status);
        String scope = unit == null ? user.requireUnit() : unit;
        user.requireCovers(scope);
        return queries.list(new DocumentQueries.ListFilter(scope, a, s, recheckOverdue), paging);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.STAFF)
    @Operation(summary = "One document")
    public DocumentView getDocument(@PathParam("id") UUID id) {
        GovDocument d = documents.require(id);
        user.requireCovers(d.unit);
        return DocumentView.of(d);
    }

    @PUT
    @Path("/{id}/attribute")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CLERK, Roles.SUPERVISOR})
    @Operation(summary = "Change the attribute (情势变化); the re-check schedule starts again from the decision")
    public DocumentView changeAttribute(@PathParam("id") UUID id, @Valid DocumentForms.AttributeDecisionForm body) {
        user.requireCovers(documents.require(id).unit);
        return DocumentView.of(documents.changeAttribute(id, body));
    }

    @POST
    @Path("/{id}/rechecks")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CLERK, Roles.SUPERVISOR})
    @Operation(summary = "Record a periodic re-check and its outcome (the attribute kept or changed)")
    @APIResponse(responseCode = "201", description = "recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RecheckView.class)))
    public Response recheck(@PathParam("id") UUID id, @Valid DocumentForms.AttributeDecisionForm body) {
        user.requireCovers(documents.require(id).unit);
        DocumentRecheck r = documents.recheck(id, body, user.name());
        return Response.status(Response.Status.CREATED).entity(RecheckView.of(r)).build();
    }

    @GET
    @Path("/{id}/rechecks")
    @RolesAllowed(Roles.STAFF)
    @Operation(summary = "The document's re-checks, oldest first")
    public List<RecheckView> rechecks(@PathParam("id") UUID id) {
        user.requireCovers(documents.require(id).unit);
        return queries.rechecks(id);
    }

    @POST
    @Path("/{id}/publication")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CLERK, Roles.SUPERVISOR})
    @Operation(summary = "Publish a proactive document on the website, its interpretations with it (同步公开)",
            description = "A document marked needsInterpretation without any interpretation is refused: 409 with "
                    + "missing = [interpretation] (退文). Public at GET /api/v1/public/documents/{id}.")
    @APIResponse(responseCode = "200", description = "published",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DocumentView.class)))
    @APIResponse(responseCode = "409", description = "already published, not proactive, or its interpretation is missing",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class),
                    example = "{\"type\":\"urn:govopen:problem:conflict\",\"title\":\"请求与当前数据冲突\",\"status\":409,"
                            + "\"detail\":\"该文件须同步解读：未附政策解读材料，不予发布（退文）。请先添加解读（简明问答、图表图解等）\","
                            + "\"missing\":[\"interpretation\"]}"))
    public DocumentView publish(@PathParam("id") UUID id, @Valid DocumentForms.PublicationForm body) {
        user.requireCovers(documents.require(id).unit);
        return DocumentView.of(documents.publish(id, body, user.name()));
    }

    @POST
    @Path("/{id}/interpretations")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CLERK, Roles.SUPERVISOR})
    @Operation(summary = "Add a policy interpretation (政策解读) to a document",
            description = "Before the document is published it goes public with it; after, it is published at once "
                    + "and its daysLate recorded (shown in the inspection report).")
    @APIResponse(responseCode = "201", description = "added",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InterpretationView.class)))
    public Response interpret(@PathParam("id") UUID id, @Valid DocumentForms.NewInterpretationForm body) {
        user.requireCovers(documents.require(id).unit);
        InterpretationView v = interpretations.add(id, body, user.name());
        return Response.created(URI.create("/api/v1/documents/" + id + "/interpretations/" + v.id())).entity(v).build();
    }

    @GET
    @Path("/{id}/interpretations")
    @RolesAllowed(Roles.STAFF)
    @Operation(summary = "The document's interpretations, published or not, oldest first")
    public List<InterpretationView> interpretations(@PathParam("id") UUID id) {
        user.requireCovers(documents.require(id).unit);
        return interpretations.ofDocument(id);
    }

    @POST
    @Path("/{id}/obsolete")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CLERK, Roles.SUPERVISOR})
    @Operation(summary = "Declare a document obsolete (失效); it appears in the unit's next published clean-up")
    public DocumentView obsolete(@PathParam("id") UUID id, @Valid DocumentForms.ObsolescenceForm body) {
        user.requireCovers(documents.require(id).unit);
        return DocumentView.of(documents.declareObsolete(id, body));
    }

    @POST
    @Path("/cleanups")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SUPERVISOR)
    @Operation(summary = "Publish the clean-up result of a unit (及时公开清理结果)",
            description = "Lists every document of the unit declared obsolete since its previous clean-up; public at "
                    + "GET /api/v1/public/cleanups.")
    @APIResponse(responseCode = "201", description = "published",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = org.govopen.catalog.api.CleanupView.class)))
    public Response publishCleanup(@QueryParam("unit") String unit, @Valid DocumentForms.CleanupForm body) {
        String scope = unit == null ? user.requireUnit() : unit;
        user.requireCovers(scope);
        DocumentCleanup c = documents.publishCleanup(scope, body == null ? null : body.note(), user.name());
        return Response.status(Response.Status.CREATED).entity(queries.cleanup(c)).build();
    }
}
