package org.govopen.sentiment.messaging;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.govopen.sentiment.domain.IncidentKind;
import org.govopen.sentiment.domain.IncidentLevel;
import org.govopen.sentiment.domain.IncidentOrigin;
import org.govopen.sentiment.domain.IncidentState;
import org.govopen.sentiment.domain.ResponseWindowKind;
import org.govopen.sentiment.domain.WindowState;

/**
 * The data of every event on {@code govopen.sentiment.events} (docs/events/govopen.sentiment.incident.v1.json), one
 * per action: the incident as it stands after it, with its windows. No personal data (titles of signals and the
 * texts of responses stay in the service).
 */
public record IncidentEvent(
        UUID incidentId,
        String number,
        String unit,
        String action,
        IncidentState state,
        IncidentOrigin origin,
        IncidentLevel level,
        IncidentKind kind,
        boolean majorImpact,
        OffsetDateTime establishedAt,
        OffsetDateTime occurredAt,
        String responsibleGovernment,
        String leadDepartment,
        List<String> coResponders,
        int escalationStep,
        String escalatedTo,
        UUID mergedInto,
        List<Window> windows) {

    public record Window(ResponseWindowKind kind, OffsetDateTime dueAt, WindowState state, boolean breached,
                         OffsetDateTime respondedAt, Long lagSeconds) {
    }
}
