package org.govopen.interaction.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.govopen.interaction.domain.Message;
import org.govopen.interaction.domain.MessageCategory;
import org.govopen.interaction.domain.MessageState;
import org.govopen.interaction.domain.Satisfaction;

/**
 * The writer's own page (by tracking code and secret): where the message stands, when the reply is due, the reply
 * (for a merged message, the reply to the one it was merged into), and the rating given. No staff names.
 */
@Schema(name = "MessageTracking")
public record TrackingView(String number, MessageCategory category, String subject, MessageState state, String stateLabel,
                           OffsetDateTime receivedAt, LocalDate replyDueDate, String reply, String replyUnitName,
                           OffsetDateTime repliedAt, boolean mergedWithOthers, Satisfaction satisfaction,
                           boolean canRate, List<TransitionView> history) {

    public static TrackingView of(Message m, boolean canRate, List<TransitionView> history) {
        return new TrackingView(m.number, m.category, m.subject, m.state, m.state.label(), m.receivedAt,
                m.state.isAnswered() ? null : m.replyDueDate, m.reply, m.replyUnitName, m.repliedAt, m.mergedInto != null,
                m.satisfaction, canRate, history);
    }
}
