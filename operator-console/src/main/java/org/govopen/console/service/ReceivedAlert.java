package org.govopen.console.service;

import java.time.OffsetDateTime;
import org.govopen.console.domain.Alert;

/**
 * An alert as read off {@code govopen.alerts}, whatever service raised it, in the console's terms: which case
 * (service, aggregate), what about it ({@code kind}: a deadline's kind and ref, or the alert's own), how urgent.
 */
public record ReceivedAlert(
        String alertId,
        String eventType,
        String service,
        String aggregateType,
        String aggregateId,
        String ref,
        String label,
        String unit,
        String kind,
        String stage,
        Alert.Level level,
        String message,
        OffsetDateTime dueAt,
        OffsetDateTime firedAt) {
}
