package org.govopen.sentiment.messaging;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.govopen.sentiment.domain.HandoffOrder;

/**
 * The data of every event on {@code govopen.sentiment.events} about a hand-off order
 * (docs/events/govopen.sentiment.order.v1.json): the order as it stands after the step. No personal data (the facts
 * to check and the feedback texts stay in the service).
 */
public record OrderEvent(UUID orderId, UUID incidentId, String number, HandoffOrder.Direction direction, String from,
                         String toUnit, String action, HandoffOrder.State state, OffsetDateTime feedbackDueAt,
                         boolean overdue, OffsetDateTime occurredAt) {
}
