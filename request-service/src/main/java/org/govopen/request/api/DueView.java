package org.govopen.request.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.govopen.commons.calendar.CrossedDay;
import org.govopen.commons.calendar.DueDate;
import org.govopen.commons.calendar.WorkdayCalendar;
import org.govopen.commons.deadline.Deadline;
import org.govopen.commons.deadline.DeadlineState;

/**
 * The reply due date as people need it: the day and instant, whether the clock is stopped (time not counted)
 * and since when, whether it is provisional, and what the count crossed.
 */
public record DueView(
        LocalDate countedFrom,
        Integer workingDays,
        LocalDate dueDate,
        OffsetDateTime dueAt,
        boolean provisional,
        boolean paused,
        LocalDate pausedSince,
        boolean overdue,
        List<CrossedDay> crossed) {

    public static DueView of(Deadline d, WorkdayCalendar calendar, OffsetDateTime now) {
        List<CrossedDay> crossed = d.countsWorkingDays() ? d.explain(calendar).crossed() : List.of();
        return new DueView(d.basisDate, d.workingDays, d.dueDate, d.dueAt, d.provisional, d.state == DeadlineState.PAUSED,
                d.pausedSince, d.state == DeadlineState.ACTIVE && !now.isBefore(d.dueAt), crossed);
    }

    public static DueView of(DueDate due) {
        return new DueView(due.from(), due.workingDays(), due.dueDate(), due.dueAt(), due.provisional(), false, null,
                false, due.crossed());
    }
}
