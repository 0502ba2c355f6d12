package org.govopen.request.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.govopen.commons.problem.InvalidInputException;
import org.govopen.commons.problem.Params;
import org.govopen.commons.problem.Violation;
import org.govopen.commons.security.CurrentUser;
import org.govopen.commons.security.Roles;
import org.govopen.request.api.AnnualReportView;
import org.govopen.request.api.DocumentDemandView;
import org.govopen.request.service.AnnualReportCsv;
import org.govopen.request.service.AnnualReportService;
import org.govopen.request.service.DemandReport;

/** Reports: the national annual-report tables, and demand per requested document. */
@Path("/api/v1/reports")
@Tag(name = "Reports", description = "年度报告：依申请公开情况统计表、行政复议和行政诉讼情况统计表")
@RolesAllowed({Roles.SUPERVISOR, Roles.REVIEWER, Roles.OPERATOR, Roles.ADMIN})
public class ReportResource {

    @Inject
    AnnualReportService annual;

    @Inject
    DemandReport demand;

    @Inject
    CurrentUser user;

    @GET
    @Path("/annual")
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @Operation(summary = "The annual report tables of a unit (条例第四十九、五十条)",
            description = "Rows 一 to 四 with every outcome sub-row, by applicant kind, and the 行政复议/行政诉讼 table. "
                    + "1 + 2 = 3(7) + 4 in every column. format=csv (or Accept: text/csv) gives the table as CSV (UTF-8, BOM). "
                    + "includeSubunits adds the units below.")
    @APIResponse(responseCode = "200", description = "the tables", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AnnualReportView.class)),
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response annual(@QueryParam("year") Integer year, @QueryParam("unit") String unit,
                           @QueryParam("includeSubunits") @DefaultValue("false") boolean includeSubunits,
                           @QueryParam("format") @DefaultValue("json") String format) {
        List<Violation> problems = new ArrayList<>();
        if (year == null || year < 2008 || year > 2100) {
            problems.add(new Violation("year", year == null ? "不能为空" : "年份不合理：" + year));
        }
        if (!format.equals("json") && !format.equals("csv")) {
            problems.add(new Violation("format", "可选 json 或 csv"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String scope = unit == null || unit.isBlank() ? user.requireUnit() : unit;
        user.requireCovers(scope);
        AnnualReportView report = annual.compute(year, scope, includeSubunits);
        if (format.equals("csv")) {
            return Response.ok(AnnualReportCsv.render(report), "text/csv; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"annual-report-" + year + ".csv\"").build();
        }
        return Response.ok(report, MediaType.APPLICATION_JSON).build();
    }

    /** Which year's tables of which unit to send to catalog-service. */
    @Schema(description = "报送年度统计表：单位和年度")
    public record AnnualTableSubmissionForm(
            @Schema(example = "2026") @NotNull @Min(2008) @Max(2100) Integer year,
            @Schema(example = "nanning/qingxiu") @NotBlank @Size(max = 240) String unit) {
    }

    @POST
    @Path("/annual/submissions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
    @Operation(summary = "Send a unit's finished tables of a year to the annual report (catalog-service)",
            description = "Published as govopen.request.annual-table.submitted on govopen.request.events; catalog-service "
                    + "puts them in sections 三 and 四 of the unit's annual report as they are. Only a year that is over "
                    + "(409); sending again replaces the tables there.")
    @APIResponse(responseCode = "202", description = "sent: the tables as sent",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AnnualReportView.class)))
    public Response submitAnnualTable(@Valid @NotNull AnnualTableSubmissionForm form) {
        user.requireCovers(form.unit());
        return Response.accepted(annual.submit(form.year(), form.unit())).type(MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("/demand")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Applications per requested document in a period: candidates for proactive disclosure")
    public List<DocumentDemandView> demand(@QueryParam("unit") String unit, @QueryParam("from") String from,
                                                    @QueryParam("to") String to) {
        String scope = unit == null || unit.isBlank() ? user.requireUnit() : unit;
        user.requireCovers(scope);
        return demand.of(scope, Params.date("from", from), Params.date("to", to));
    }
}
