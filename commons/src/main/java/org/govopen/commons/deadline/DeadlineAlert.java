package org.govopen.commons.deadline;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * The data of an alert on {@code govopen.alerts}: a warning before a deadline, its breach, or the news that what
 * was raised is over (the deadline met or closed). {@code message} is for the operator on duty, in Chinese;
 * nothing in it is personal data. {@code stage} names the alert within its deadline ({@code warning-1},
 * {@code warning-2}, {@code breach}, {@code resolved}): with the aggregate, kind and ref it is what an operator
 * acknowledges, and {@code alertId} is derived from it, so a repeat has the same id.
 */
public record DeadlineAlert(
        String alertId,
        Level level,
        String service,
        String deadlineKind,
        String aggregateType,
        String aggregateId,
        String ref,
        String label,
        String unit,
        LocalDate dueDate,
        OffsetDateTime dueAt,
        OffsetDateTime scheduledAt,
        OffsetDateTime firedAt,
        boolean provisional,
        String message,
        String stage) {

    public enum Level {
        WARNING, BREACH, RESOLVED;

        public String eventType() {
            return switch (this) {
                case WARNING -> "govopen.alert.deadline.warning";
                case BREACH -> "govopen.alert.deadline.breach";
                case RESOLVED -> "govopen.alert.deadline.resolved";
            };
        }
    }
}
