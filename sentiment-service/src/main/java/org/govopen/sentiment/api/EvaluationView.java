package org.govopen.sentiment.api;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.govopen.sentiment.domain.IncidentLevel;
import org.govopen.sentiment.domain.IncidentState;

/**
 * The evaluation (评估) of an incident: its timeline, each window met or missed with its lag, the responses and
 * escalations. {@code concluded}: the incident is closed (or merged), so the figures are final.
 */
public record EvaluationView(UUID incidentId, String number, IncidentState state, boolean concluded, IncidentLevel level,
                             OffsetDateTime establishedAt, OffsetDateTime closedAt, int windowsOwed, int windowsMet,
                             List<IncidentView.WindowView> windows, List<Moment> timeline) {

    /** One thing that happened, in order. */
    public record Moment(OffsetDateTime at, String what, String detail) {
    }
}
