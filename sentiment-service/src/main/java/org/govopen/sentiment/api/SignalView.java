package org.govopen.sentiment.api;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.govopen.sentiment.domain.IncidentKind;
import org.govopen.sentiment.domain.Signal;

/** A signal as stored (personal data masked); {@code repeat}: this push was one already known. */
public record SignalView(UUID id, String unit, String source, String url, String title, String text, String place,
                         IncidentKind kind, long reads, long reposts, long comments, long reach, int sightings,
                         OffsetDateTime firstSeenAt, OffsetDateTime lastSeenAt, UUID incidentId, boolean repeat) {

    public static SignalView of(Signal s, boolean repeat) {
        return new SignalView(s.id, s.unit, s.source, s.url, s.title, s.body, s.place, s.kind, s.reads, s.reposts,
                s.comments, s.reach(), s.sightings, s.firstSeenAt, s.lastSeenAt, s.incidentId, repeat);
    }
}
