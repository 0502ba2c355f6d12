package org.govopen.sentiment.messaging;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.govopen.sentiment.domain.EscalationStep;
import org.govopen.sentiment.domain.IncidentLevel;
import org.govopen.sentiment.domain.ResponseWindowKind;

/**
 * The data of {@code govopen.alert.sentiment.escalated} on {@code govopen.alerts}
 * (docs/events/govopen.alert.sentiment.escalated.v1.json): a window breached, the incident moved up its chain.
 * {@code alertId} is derived from (incident, window). No personal data.
 */
public record EscalationAlert(
        String alertId,
        UUID incidentId,
        String number,
        ResponseWindowKind window,
        IncidentLevel level,
        String unit,
        String escalatedTo,
        int step,
        EscalationStep stepKind,
        OffsetDateTime dueAt,
        OffsetDateTime escalatedAt,
        String message) {
}
