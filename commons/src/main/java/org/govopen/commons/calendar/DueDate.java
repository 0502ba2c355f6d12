package org.govopen.commons.calendar;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The answer to "within N working days of D" (rules.md §1), with its explanation.
 *
 * @param dueDate       the last day of the period
 * @param dueAt         the instant the period ends: the day after {@code dueDate}, 00:00 Asia/Shanghai
 * @param provisional   true when the count crossed a day no loaded notice covers
 * @param weekendDays   how many ordinary weekend days the count stepped over
 * @param crossed       the holidays and make-up working days crossed, and paused working days, in date order
 */
public record DueDate(
        LocalDate from,
        int workingDays,
        List<Pause> pauses,
        LocalDate dueDate,
        OffsetDateTime dueAt,
        boolean provisional,
        int weekendDays,
        List<CrossedDay> crossed) {
}
