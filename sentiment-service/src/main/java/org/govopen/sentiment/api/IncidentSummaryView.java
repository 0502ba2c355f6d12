package org.govopen.sentiment.api;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.govopen.sentiment.domain.Incident;
import org.govopen.sentiment.domain.IncidentKind;
import org.govopen.sentiment.domain.IncidentLevel;
import org.govopen.sentiment.domain.IncidentState;

/** An incident in a list. */
public record IncidentSummaryView(UUID id, String number, String unit, String title, IncidentState state,
                                  IncidentLevel level, IncidentKind kind, OffsetDateTime establishedAt,
                                  String responsibleGovernment, int escalationStep) {

    public static IncidentSummaryView of(Incident i) {
        return new IncidentSummaryView(i.id, i.number, i.unit, i.title, i.state, i.level, i.kind, i.establishedAt,
                i.responsibleGovernment, i.escalationStep);
    }
}
