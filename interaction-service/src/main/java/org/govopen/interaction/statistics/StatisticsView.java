package org.govopen.interaction.statistics;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.govopen.interaction.domain.MessageCategory;

/**
 * The public statistics of a period (issue 10 §6): the messages received in it, in total and per unit (the lead unit,
 * else the office that has it), per category within a unit when asked, with the units ranked that received at least
 * {@code minCountToRank}.
 */
@Schema(name = "Statistics")
public record StatisticsView(
        StatisticsPeriod period,
        @Schema(description = "the unit asked for, with the units below it; null: all") String unit,
        @Schema(description = "the category asked for; null: all") MessageCategory category,
        @Schema(description = "true when each unit is also broken down by category (by=unit,category)") boolean byCategory,
        @Schema(description = "a unit that received fewer messages in the period is listed but not ranked") int minCountToRank,
        @Schema(description = "the time open messages past their due date were counted as overdue at") OffsetDateTime asOf,
        @Schema(description = "the figures include every change to a message up to this time; null before the first rollup")
        OffsetDateTime dataUntil,
        Totals totals,
        @Schema(description = "ranked units first, by rank; then the others, most messages first") List<UnitRow> units) {

    /** The figures of all the messages of the answer. */
    @Schema(name = "StatisticsTotals")
    public record Totals(
            @Schema(description = "收到 (留言数)") long received,
            @Schema(description = "已回复; a reopened message (重办) counts again once replied") long replied,
            @Schema(description = "按时回复") long repliedOnTime,
            @Schema(description = "超期: replied after the due date, or still open past it") long overdue,
            @Schema(description = "按时回复率 = repliedOnTime / (repliedOnTime + overdue), 0–1; null when nothing was due yet")
            BigDecimal onTimeRate,
            @Schema(description = "平均回复用时 in working days after the day of receipt") BigDecimal averageWorkingDays,
            @Schema(description = "回复用时中位数 in working days (60 counts 60 or more)") BigDecimal medianWorkingDays,
            @Schema(description = "平均回复用时 in hours") BigDecimal averageHours,
            @Schema(description = "回复用时中位数 in whole hours (720 counts 720 or more)") BigDecimal medianHours,
            @Schema(description = "已评价") long rated,
            @Schema(description = "满意率 = satisfied (满意 levels: 非常满意, 满意, 基本满意) / rated, 0–1; null when none rated")
            BigDecimal satisfactionRate,
            @Schema(description = "退单 (returns by a lead unit)") long returns,
            @Schema(description = "改派") long reassignments) {

        static Totals of(Tally t) {
            return new Totals(t.received, t.replied, t.onTime, t.overdue(), t.onTimeRate(), t.averageDays(), t.medianDays(),
                    t.averageHours(), t.medianHours(), t.rated, t.satisfactionRate(), t.returns, t.reassignments);
        }
    }

    /** One unit's figures, its place in the ranking and, with by=unit,category, its figures per category. */
    @Schema(name = "StatisticsUnit")
    public record UnitRow(
            @Schema(description = "unit path", examples = "nanning/qingxiu/zhujian") String unit,
            long received, long replied, long repliedOnTime, long overdue, BigDecimal onTimeRate,
            BigDecimal averageWorkingDays, BigDecimal medianWorkingDays, BigDecimal averageHours, BigDecimal medianHours,
            long rated, BigDecimal satisfactionRate, long returns, long reassignments,
            @Schema(description = "received at least minCountToRank messages (RankingRule)") boolean ranked,
            @Schema(description = "1 = best: on-time rate, then satisfaction rate, then messages received; equal figures share a "
                    + "rank; null when not ranked") Integer rank,
            @Schema(description = "per category, most messages first; null unless by=unit,category") List<CategoryRow> categories) {

        static UnitRow of(String unit, Tally t, boolean ranked, Integer rank, List<CategoryRow> categories) {
            return new UnitRow(unit, t.received, t.replied, t.onTime, t.overdue(), t.onTimeRate(), t.averageDays(),
                    t.medianDays(), t.averageHours(), t.medianHours(), t.rated, t.satisfactionRate(), t.returns,
                    t.reassignments, ranked, rank, categories);
        }
    }

    /** A unit's figures for one category (留言类别). */
    @Schema(name = "StatisticsCategory")
    public record CategoryRow(
            MessageCategory category,
            @Schema(examples = "投诉") String label,
            long received, long replied, long repliedOnTime, long overdue, BigDecimal onTimeRate,
            BigDecimal averageWorkingDays, BigDecimal medianWorkingDays, BigDecimal averageHours, BigDecimal medianHours,
            long rated, BigDecimal satisfactionRate, long returns, long reassignments) {

        static CategoryRow of(MessageCategory category, Tally t) {
            return new CategoryRow(category, category.label(), t.received, t.replied, t.onTime, t.overdue(), t.onTimeRate(),
                    t.averageDays(), t.medianDays(), t.averageHours(), t.medianHours(), t.rated, t.satisfactionRate(),
                    t.returns, t.reassignments);
        }
    }
}
