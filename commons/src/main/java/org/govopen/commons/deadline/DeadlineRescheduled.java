package org.govopen.commons.deadline;

import java.time.LocalDate;

/** CDI event, inside the transaction that moved it: a deadline's due date changed with the calendar. */
public record DeadlineRescheduled(DeadlineKey key, LocalDate previousDueDate, LocalDate dueDate, boolean provisional) {
}
