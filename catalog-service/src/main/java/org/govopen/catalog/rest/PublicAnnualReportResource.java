package org.govopen.catalog.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.govopen.catalog.api.AnnualReportView;
import org.govopen.catalog.service.AnnualReportDocument;
import org.govopen.catalog.service.AnnualReportService;

/** Published annual reports (政府信息公开工作年度报告), for the website. */
@Path("/api/v1/public/annual-reports")
@PermitAll
@Tag(name = "Public annual report", description = "已公布的政府信息公开工作年度报告（无需登录）")
public class PublicAnnualReportResource {

    @Inject
    AnnualReportService reports;

    @Inject
    AnnualReportDocument document;

    @GET
    @Transactional
    @Path(UnitResource.UNIT_YEAR_PATH)
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML, AnnualReportResource.XLSX})
    @Operation(summary = "A published annual report (format=json, html or xlsx); 404 before it is published")
    @APIResponse(responseCode = "200", description = "the report", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AnnualReportView.class)),
            @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = AnnualReportResource.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response publishedAnnualReport(@PathParam("unit") String unit, @PathParam("year") int year,
                                    @QueryParam("format") @DefaultValue("json") String format) {
        return AnnualReportResource.render(reports.published(unit, year), format, document);
    }
}
