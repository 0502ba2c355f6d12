package org.govopen.sentiment.api;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.govopen.sentiment.domain.HandoffOrder;
import org.govopen.sentiment.domain.HandoffOrderEntry;

/** A hand-off order with its history. */
public record OrderView(UUID id, UUID incidentId, HandoffOrder.Direction direction, String number, String from,
                        String toUnit, String factsToCheck, OffsetDateTime feedbackDueAt, HandoffOrder.State state,
                        String stateLabel, boolean overdue, OffsetDateTime issuedAt, OffsetDateTime acknowledgedAt,
                        OffsetDateTime finalAt, List<Entry> history) {

    public record Entry(OffsetDateTime at, String action, String actor, String text) {
        static Entry of(HandoffOrderEntry e) {
            return new Entry(e.at, e.action, e.actor, e.text);
        }
    }

    public static OrderView of(HandoffOrder o, List<HandoffOrderEntry> history) {
        return new OrderView(o.id, o.incidentId, o.direction, o.number, o.fromUnit, o.toUnit, o.factsToCheck,
                o.feedbackDueAt, o.state, o.state.label(), o.overdue, o.issuedAt, o.acknowledgedAt, o.finalAt,
                history.stream().map(Entry::of).toList());
    }
}
