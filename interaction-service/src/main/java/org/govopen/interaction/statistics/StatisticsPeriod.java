package org.govopen.interaction.statistics;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.govopen.commons.problem.InvalidInputException;
import org.govopen.commons.problem.Params;

/**
 * The period a statistics answer covers: the messages received from {@code from} to {@code to}, both included (days
 * in Asia/Shanghai). A week runs Monday to Sunday, a month and a year are calendar ones; a custom period is at most
 * {@value #MAX_DAYS} days.
 */
@Schema(name = "StatisticsPeriod")
public record StatisticsPeriod(
        @Schema(description = "week (周), month (月), year (年) or custom (自定义)") Kind kind,
        @Schema(description = "first day of receipt counted") LocalDate from,
        @Schema(description = "last day of receipt counted, included") LocalDate to) {

    public static final int MAX_DAYS = 366;

    public enum Kind {
        WEEK("周"), MONTH("月"), YEAR("年"), CUSTOM("自定义");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * From the query parameters: {@code period} (default month), {@code from} (the day whose week, month or year is
     * meant, default today; a custom period's first day) and {@code to} (a custom period's last day only).
     */
    public static StatisticsPeriod of(String period, String fromParam, String toParam, LocalDate today) {
        Kind kind = kind(period);
        LocalDate from = Params.optionalDate("from", fromParam);
        LocalDate to = Params.optionalDate("to", toParam);
        if (kind != Kind.CUSTOM) {
            if (to != null) {
                throw new InvalidInputException("to", "仅用于自定义期间（period=custom）；周、月、年由 from 所在的周、月、年确定");
            }
            LocalDate day = from != null ? from : today;
            return switch (kind) {
                case WEEK -> {
                    LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                    yield new StatisticsPeriod(kind, monday, monday.plusDays(6));
                }
                case MONTH -> new StatisticsPeriod(kind, day.withDayOfMonth(1), day.with(TemporalAdjusters.lastDayOfMonth()));
                default -> new StatisticsPeriod(kind, day.withDayOfYear(1), day.with(TemporalAdjusters.lastDayOfYear()));
            };
        }
        if (from == null) {
            throw new InvalidInputException("from", "自定义期间须给出开始日期（YYYY-MM-DD）");
        }
        if (to == null) {
            throw new InvalidInputException("to", "自定义期间须给出结束日期（YYYY-MM-DD）");
        }
        if (to.isBefore(from)) {
            throw new InvalidInputException("to", "结束日期 " + to + " 早于开始日期 " + from);
        }
        if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
            throw new InvalidInputException("to", "统计期间不能超过 " + MAX_DAYS + " 天");
        }
        return new StatisticsPeriod(kind, from, to);
    }

    private static Kind kind(String period) {
        if (period == null || period.isBlank()) {
            return Kind.MONTH;
        }
        try {
            return Kind.valueOf(period.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("period", "取值“" + period + "”无效，可选：week（周）、month（月）、year（年）、custom（自定义）");
        }
    }

    /** 2026年11月, 2026年, 2026-11-02 至 2026-11-08: how the page and the CSV name it. */
    public String label() {
        return switch (kind) {
            case MONTH -> from.getYear() + "年" + from.getMonthValue() + "月";
            case YEAR -> from.getYear() + "年";
            default -> from + " 至 " + to;
        };
    }
}
