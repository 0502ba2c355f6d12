package org.govopen.interaction.statistics;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.govopen.commons.time.GovClock;

/** 政民互动统计, the public page: the same figures as GET /api/v1/statistics, server-rendered in Chinese. */
@Path("/statistics")
@Tag(name = "Statistics")
@PermitAll
public class StatisticsPage {

    @Inject
    MessageStatistics statistics;

    @Inject
    GovClock clock;

    @GET
    @Produces("text/html")
    @Operation(summary = "The public statistics page (政民互动统计)", description = "The parameters of GET /api/v1/statistics.")
    @APIResponse(responseCode = "200", description = "the page")
    public Response statisticsPage(@QueryParam("period") String period, @QueryParam("from") String from, @QueryParam("to") String to,
                        @QueryParam("unit") String unit, @QueryParam("category") String category, @QueryParam("by") String by) {
        StatisticsView v = statistics.read(StatisticsResource.query(period, from, to, unit, category, by, clock));
        return Response.ok(StatisticsRendering.html(v, by), "text/html; charset=UTF-8").build();
    }
}
