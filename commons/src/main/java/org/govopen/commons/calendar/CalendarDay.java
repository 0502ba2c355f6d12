package org.govopen.commons.calendar;

import java.time.LocalDate;

/**
 * What the calendar says about one date.
 *
 * @param offDayName    the holiday's name when the date is a named off day, else null
 * @param makeUpWorkday true when the date is a weekend day worked for a holiday
 * @param makeUpFor     the holiday a make-up working day belongs to, else null
 * @param provisional   true when no loaded notice covers the date, so only weekends are known
 */
public record CalendarDay(
        LocalDate date,
        boolean workingDay,
        DayKind kind,
        String offDayName,
        boolean makeUpWorkday,
        String makeUpFor,
        boolean provisional) {
}
