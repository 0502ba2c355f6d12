package org.govopen.sentiment.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.govopen.commons.problem.InvalidInputException;
import org.govopen.commons.problem.Params;
import org.govopen.commons.security.CurrentUser;
import org.govopen.commons.security.Roles;
import org.govopen.sentiment.service.IncidentReports;

/** The figures of a unit over a period (评估统计). */
@Path("/api/v1/reports")
@Tag(name = "Evaluation", description = "舆情回应评估：单位与期间统计")
public class ReportResource {

    @Inject
    IncidentReports reports;

    @Inject
    CurrentUser user;

    @GET
    @Path("/incidents")
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @RolesAllowed({Roles.SUPERVISOR, Roles.OPERATOR, Roles.ADMIN})
    @Operation(summary = "Incidents of a unit and below established in a period",
            description = "By level and kind; per window: owed, met, late, missed, still open, the share met and the median lag "
                    + "(seconds) of those answered; their hand-off orders and how many are overdue. from and to are days (Beijing time), both included. format=csv gives CSV (UTF-8, BOM).")
    @APIResponse(responseCode = "200", description = "the report", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = org.govopen.sentiment.api.IncidentReportView.class)),
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response report(@QueryParam("unit") String unit, @QueryParam("from") String from, @QueryParam("to") String to,
                           @QueryParam("format") @DefaultValue("json") String format) {
        LocalDate f = Params.date("from", from);
        LocalDate t = Params.date("to", to);
        if (t.isBefore(f)) {
            throw new InvalidInputException("to", "不能早于 from（" + f + "）");
        }
        if (!format.equals("json") && !format.equals("csv")) {
            throw new InvalidInputException("format", "可选 json 或 csv");
        }
        String scope = unit == null || unit.isBlank() ? user.requireUnit() : unit;
        user.requireCovers(scope);
        var report = reports.report(scope, f, t);
        if (format.equals("csv")) {
            return Response.ok(IncidentReports.csv(report), "text/csv; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"incidents-" + f + "-" + t + ".csv\"").build();
        }
        return Response.ok(report, MediaType.APPLICATION_JSON).build();
    }
}
