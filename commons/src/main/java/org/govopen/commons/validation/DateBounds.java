package org.govopen.commons.validation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.govopen.commons.calendar.WorkdayCalendar;

/**
 * The range of every date an API takes, in JSON bodies (the kernel's {@code StrictJson}) and in parameters
 * ({@code Params.date}, {@code QueryParamConverters}): no date of this platform's work lies before 2000 or after 2099,
 * and a typo such as {@code 0226-10-08} or {@code 20260-10-08} must be a 400 naming the field, not a stored date that
 * breaks every deadline computed from it. A time with offset is judged by its date in Asia/Shanghai.
 */
public final class DateBounds {

    public static final LocalDate MIN = LocalDate.of(2000, 1, 1);
    public static final LocalDate MAX = LocalDate.of(2099, 12, 31);
    /** The earliest day of a field marked {@link HistoricalDate}: the founding of the People's Republic. */
    public static final LocalDate HISTORICAL_MIN = LocalDate.of(1949, 10, 1);

    private DateBounds() {
    }

    /** Why {@code date} is out of range (Chinese), or null when it is within it. */
    public static String problem(LocalDate date) {
        return outside(date, MIN);
    }

    /** Why {@code date} is out of the range of a {@link HistoricalDate} (Chinese), or null when it is within it. */
    public static String historicalProblem(LocalDate date) {
        return outside(date, HISTORICAL_MIN);
    }

    private static String outside(LocalDate date, LocalDate min) {
        if (date == null || (!date.isBefore(min) && !date.isAfter(MAX))) {
            return null;
        }
        return "日期 " + date + " 超出允许范围（" + min + " 至 " + MAX + "）";
    }

    public static String problem(OffsetDateTime time) {
        return time == null ? null : problem(time.atZoneSameInstant(WorkdayCalendar.ZONE).toLocalDate());
    }
}
