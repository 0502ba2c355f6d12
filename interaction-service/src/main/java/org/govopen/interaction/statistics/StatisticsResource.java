package org.govopen.interaction.statistics;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.govopen.commons.problem.InvalidInputException;
import org.govopen.commons.problem.Params;
import org.govopen.commons.time.GovClock;
import org.govopen.interaction.domain.MessageCategory;

/**
 * 政民互动统计 (issue 10 §6), public: per unit and category and period — received, replied, on time, overdue, time to
 * reply (average and median, working days and hours), satisfaction, returns and reassignments, units ranked from a
 * minimum number of messages. The same figures as CSV ({@link StatisticsCsvResource}) and as a page
 * ({@link StatisticsPage}).
 */
@Path("/api/v1/statistics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Statistics", description = "政民互动统计：按单位、类别、期间的留言办理情况，公开")
@PermitAll
public class StatisticsResource {

    static final String PERIOD = "week (周, Monday–Sunday), month (月, default), year (年) or custom (自定义, from and to)";
    static final String FROM = "the day whose week, month or year is meant (default today); a custom period's first day (YYYY-MM-DD)";
    static final String TO = "a custom period's last day, included; at most 366 days after from";
    static final String UNIT = "a unit path: that unit and the units below it";
    static final String BY = "unit (default) or unit,category: each unit also per category";

    @Inject
    MessageStatistics statistics;

    @Inject
    GovClock clock;

    @GET
    @Operation(summary = "Statistics of the messages received in a period (政民互动统计)",
            description = "Public. The cohort is the messages received in the period (days in Beijing time). Per unit (the lead "
                    + "unit, else the office that has it) and in total: received, replied, repliedOnTime, overdue (replied "
                    + "late, or open past the due date now), onTimeRate = repliedOnTime / (repliedOnTime + overdue), average "
                    + "and median time to reply in working days and in hours, rated, satisfactionRate (非常满意, 满意 and 基本满意 "
                    + "over rated; null when none rated), returns (退单) and reassignments (改派). A unit with fewer than "
                    + "minCountToRank messages is listed with ranked false and rank null; the others are ranked by on-time "
                    + "rate, then satisfaction rate, then messages received. Rates are fractions (0–1). Figures come from a "
                    + "rollup at most govopen.interaction.statistics.max-age old (dataUntil).")
    @APIResponse(responseCode = "200", description = "the statistics")
    public StatisticsView getStatistics(@QueryParam("period") @Parameter(description = PERIOD) String period,
                              @QueryParam("from") @Parameter(description = FROM) String from,
                              @QueryParam("to") @Parameter(description = TO) String to,
                              @QueryParam("unit") @Parameter(description = UNIT) String unit,
                              @QueryParam("category") @Parameter(description = "a category (留言类别); default all") String category,
                              @QueryParam("by") @Parameter(description = BY) String by) {
        return statistics.read(query(period, from, to, unit, category, by, clock));
    }

    /** The query parameters, checked: a 400 naming the parameter otherwise. */
    static MessageStatistics.Query query(String period, String from, String to, String unit, String category, String by,
                                         GovClock clock) {
        StatisticsPeriod p = StatisticsPeriod.of(period, from, to, clock.today());
        String u = unit == null || unit.isBlank() ? null : unit.trim();
        MessageCategory c = Params.optionalEnum(MessageCategory.class, "category", category);
        return new MessageStatistics.Query(p, u, c, byCategory(by));
    }

    private static boolean byCategory(String by) {
        if (by == null || by.isBlank() || by.replace(" ", "").equals("unit")) {
            return false;
        }
        if (by.replace(" ", "").equals("unit,category")) {
            return true;
        }
        throw new InvalidInputException("by", "取值“" + by + "”无效，可选：unit、unit,category");
    }
}
