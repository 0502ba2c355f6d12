package org.govopen.commons.deadline;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * CDI event, fired synchronously inside the transaction that changed it: a deadline was opened, paused, resumed,
 * extended, restarted, closed or recomputed with the calendar. A service that keeps a deadline's due date next to
 * its own rows (to list and sort them without a join) observes this and nothing else, so the copy cannot drift.
 *
 * @param dueDate the last day of the period; while paused it leaves out the running pause
 * @param dueAt   the instant the period runs out
 * @param nextFireAt when the sweeper is to look at it next (its next warning point or its due time); null: never
 */
public record DeadlineChanged(DeadlineKey key, DeadlineState state, LocalDate dueDate, OffsetDateTime dueAt,
                              OffsetDateTime nextFireAt) {

    static DeadlineChanged of(Deadline d) {
        return new DeadlineChanged(d.key(), d.state, d.dueDate, d.dueAt, d.nextFireAt);
    }

    public boolean isOpen() {
        return state != DeadlineState.CLOSED;
    }
}
