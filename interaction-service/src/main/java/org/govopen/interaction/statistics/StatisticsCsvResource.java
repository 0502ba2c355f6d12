package org.govopen.interaction.statistics;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.govopen.commons.time.GovClock;

/** The statistics as a CSV table: UTF-8 with a BOM and Chinese headers, one line per unit (and category), then 合计. */
@Path("/api/v1/statistics.csv")
@Tag(name = "Statistics")
@PermitAll
public class StatisticsCsvResource {

    @Inject
    MessageStatistics statistics;

    @Inject
    GovClock clock;

    @GET
    @Produces("text/csv")
    @Operation(summary = "Statistics of the messages received in a period, as CSV",
            description = "Public; the parameters and figures of GET /api/v1/statistics. Columns: 统计期间, 单位, 类别, 留言数, 已回复, "
                    + "按时回复, 超期, 按时回复率（%）, 平均回复用时（工作日）, 回复用时中位数（工作日）, 平均回复用时（小时）, "
                    + "回复用时中位数（小时）, 已评价, 满意率（%）, 退单, 改派, 排名; the last line is 合计.")
    @APIResponse(responseCode = "200", description = "the CSV table",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response getStatisticsCsv(@QueryParam("period") @Parameter(description = StatisticsResource.PERIOD) String period,
                        @QueryParam("from") @Parameter(description = StatisticsResource.FROM) String from,
                        @QueryParam("to") @Parameter(description = StatisticsResource.TO) String to,
                        @QueryParam("unit") @Parameter(description = StatisticsResource.UNIT) String unit,
                        @QueryParam("category") @Parameter(description = "a category (留言类别); default all") String category,
                        @QueryParam("by") @Parameter(description = StatisticsResource.BY) String by) {
        StatisticsView v = statistics.read(StatisticsResource.query(period, from, to, unit, category, by, clock));
        String file = "statistics-" + v.period().from() + "-" + v.period().to() + ".csv";
        return Response.ok(StatisticsRendering.csv(v), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + file + "\"")
                .build();
    }
}
