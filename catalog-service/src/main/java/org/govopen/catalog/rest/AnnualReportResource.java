package org.govopen.catalog.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.govopen.catalog.api.AnnualReportForm;
import org.govopen.catalog.api.AnnualReportView;
import org.govopen.catalog.service.AnnualReportDocument;
import org.govopen.catalog.service.AnnualReportService;
import org.govopen.commons.problem.InvalidInputException;
import org.govopen.commons.problem.Problem;
import org.govopen.commons.security.CurrentUser;
import org.govopen.commons.security.Roles;

/**
 * A unit's annual report on government information disclosure (政府信息公开工作年度报告) as staff prepare it: the parts
 * entered by hand, the generated report as JSON, printable HTML or XLSX, approval and publication.
 */
@Path("/api/v1/annual-reports")
@Tag(name = "Annual report", description = "政府信息公开工作年度报告：填报、生成（JSON、HTML、XLSX）、审定、公布")
public class AnnualReportResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    AnnualReportService reports;

    @Inject
    AnnualReportDocument document;

    @Inject
    CurrentUser user;

    @PUT
    @Transactional
    @Path(UnitResource.UNIT_YEAR_PATH)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CLERK, Roles.SUPERVISOR})
    @Operation(summary = "Save the parts of the report entered by hand, as a draft",
            description = "Texts of 一, 五 and 六; table 二's decisions and fees; the head's hearings. Any may be left out in "
                    + "a draft; the answer's missing names what approval still needs. 409 once approved.")
    public AnnualReportView saveAnnualReportDraft(@PathParam("unit") String unit, @PathParam("year") int year,
                                      @Valid @NotNull AnnualReportForm form) {
        user.requireCovers(unit);
        reports.saveDraft(unit, year, form, user.name());
        return reports.generate(unit, year);
    }

    @GET
    @Path(UnitResource.UNIT_YEAR_PATH)
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML, XLSX})
    @RolesAllowed(Roles.STAFF)
    @Operation(summary = "The report as it stands, generated now (format=json, html or xlsx)",
            description = "Table 二's documents are counted from the catalogue (规章 and 行政规范性文件 by kind); 三 and 四 "
                    + "are request-service's tables as sent; 六 counts the interpretations published by the head.")
    @APIResponse(responseCode = "200", description = "the report", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AnnualReportView.class)),
            @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response getAnnualReport(@PathParam("unit") String unit, @PathParam("year") int year,
                              @QueryParam("format") @DefaultValue("json") String format) {
        user.requireCovers(unit);
        return render(reports.generate(unit, year), format, document);
    }

    @POST
    @Transactional
    @Path(UnitResource.UNIT_YEAR_PATH + "/approval")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SUPERVISOR)
    @Operation(summary = "Approve the report (审定)",
            description = "Refused with 409 and missing = [overview, licensingDecisions, …, requestTables, problems, "
                    + "headHearings] while a part is missing; requestTables arrive from request-service.")
    @APIResponse(responseCode = "200", description = "approved",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AnnualReportView.class)))
    @APIResponse(responseCode = "409", description = "not a draft, or a part is missing",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class),
                    example = "{\"type\":\"urn:govopen:problem:conflict\",\"title\":\"请求与当前数据冲突\",\"status\":409,"
                            + "\"detail\":\"年度报告尚不完整，不能审定：缺 requestTables、headHearings\","
                            + "\"missing\":[\"requestTables\",\"headHearings\"]}"))
    public AnnualReportView approveAnnualReport(@PathParam("unit") String unit, @PathParam("year") int year) {
        user.requireCovers(unit);
        reports.approve(unit, year, user.name());
        return reports.generate(unit, year);
    }

    @POST
    @Transactional
    @Path(UnitResource.UNIT_YEAR_PATH + "/publication")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SUPERVISOR)
    @Operation(summary = "Publish the approved report (向社会公布); its deadline closes",
            description = "Public at GET /api/v1/public/annual-reports/{unit}/{year}.")
    @APIResponse(responseCode = "200", description = "published",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AnnualReportView.class)))
    public AnnualReportView publishAnnualReport(@PathParam("unit") String unit, @PathParam("year") int year) {
        user.requireCovers(unit);
        reports.publish(unit, year, user.name());
        return reports.generate(unit, year);
    }

    /** The report in the asked format: JSON, printable HTML, or an XLSX download. */
    static Response render(AnnualReportView v, String format, AnnualReportDocument document) {
        switch (format) {
            case "json":
                return Response.ok(v, MediaType.APPLICATION_JSON).build();
            case "html":
                return Response.ok(document.html(v), MediaType.TEXT_HTML + ";charset=UTF-8").build();
            case "xlsx":
                String file = URLEncoder.encode(v.unitName() + v.year() + "年政府信息公开工作年度报告.xlsx", StandardCharsets.UTF_8)
                        .replace("+", "%20");
                StreamingOutput body = out -> document.xlsx(v, out);
                return Response.ok(body, XLSX)
                        .header("Content-Disposition", "attachment; filename=\"annual-report-" + v.year()
                                + ".xlsx\"; filename*=UTF-8''" + file).build();
            default:
                throw new InvalidInputException("format", "只能是 json、html 或 xlsx");
        }
    }
}
