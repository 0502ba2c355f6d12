package org.govopen.commons.deadline;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * The data of an alert on {@code govopen.alerts}: a warning before a deadline or its breach. {@code message}
 * is for the operator on duty, in Chinese; nothing in it is personal data.
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
        String message) {

    public enum Level {
        WARNING, BREACH;

        public String eventType() {
            return this == WARNING ? "govopen.alert.deadline.warning" : "govopen.alert.deadline.breach";
        }
    }
}
