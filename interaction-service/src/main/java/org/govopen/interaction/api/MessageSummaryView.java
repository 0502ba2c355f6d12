package org.govopen.interaction.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.govopen.commons.deadline.DeadlineState;
import org.govopen.interaction.domain.Message;
import org.govopen.interaction.domain.MessageCategory;
import org.govopen.interaction.domain.MessageChannel;
import org.govopen.interaction.domain.MessageState;

/** A line of a staff list: no text, no contact. */
@Schema(name = "MessageSummary")
public record MessageSummaryView(UUID id, String number, MessageChannel channel, String hotlineTicket,
                                 MessageCategory category, String subject, String officeUnit, String leadUnit,
                                 MessageState state, String stateLabel, OffsetDateTime receivedAt, Boolean simple,
                                 LocalDate replyDueDate, OffsetDateTime replyDueAt, DeadlineState replyClock,
                                 OffsetDateTime repliedAt, boolean published) {

    public static MessageSummaryView of(Message m) {
        return new MessageSummaryView(m.id, m.number, m.channel, m.hotlineTicket, m.category,
                org.govopen.commons.privacy.PersonalDataMasker.maskText(m.subject), m.officeUnit, m.leadUnit, m.state,
                m.state.label(), m.receivedAt, m.simple, m.replyDueDate, m.replyDueAt, m.replyClock, m.repliedAt, m.published);
    }
}
