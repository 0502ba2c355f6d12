package org.govopen.interaction.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.govopen.commons.deadline.DeadlineState;
import org.govopen.interaction.domain.Message;
import org.govopen.interaction.domain.MessageAction;
import org.govopen.interaction.domain.MessageCategory;
import org.govopen.interaction.domain.MessageChannel;
import org.govopen.interaction.domain.MessageState;
import org.govopen.interaction.domain.Satisfaction;

/** A message as staff see it: the writer's words and contact in clear, the whole history, what may be done next. */
@Schema(name = "Message")
public record MessageView(
        UUID id,
        String number,
        MessageChannel channel,
        String hotlineTicket,
        String hotlineSuggestion,
        MessageCategory category,
        String categoryLabel,
        String subject,
        String text,
        String addressedUnit,
        String officeUnit,
        String leadUnit,
        List<String> assistingUnits,
        MessageForms.Contact contact,
        boolean consentToPublish,
        OffsetDateTime receivedAt,
        OffsetDateTime transferredAt,
        Boolean simple,
        MessageState state,
        String stateLabel,
        LocalDate replyDueDate,
        OffsetDateTime replyDueAt,
        DeadlineState replyClock,
        String draft,
        String draftUnitName,
        String reply,
        String replyUnit,
        String replyUnitName,
        OffsetDateTime repliedAt,
        Integer replyWorkingDays,
        BigDecimal replyHours,
        Boolean repliedOnTime,
        UUID mergedInto,
        List<String> mergedMessages,
        int reopenCount,
        int returnCount,
        int reassignCount,
        int urgeCount,
        LocalDate extensionAskedUntil,
        String extensionReason,
        Satisfaction satisfaction,
        boolean published,
        OffsetDateTime publishedAt,
        List<TransitionView> history,
        List<MessageAction> allowedActions) {

    public static MessageView of(Message m, List<String> mergedMessages, List<TransitionView> history,
                                 List<MessageAction> allowed) {
        return new MessageView(m.id, m.number, m.channel, m.hotlineTicket, m.hotlineSuggestion, m.category,
                m.category.label(), m.subject, m.body, m.addressedUnit, m.officeUnit, m.leadUnit, List.of(m.assistingUnits),
                new MessageForms.Contact(m.writerName, m.writerPhone, m.writerEmail, m.writerAddress), m.consentToPublish,
                m.receivedAt, m.transferredAt, m.simple, m.state, m.state.label(), m.replyDueDate, m.replyDueAt,
                m.replyClock, m.draft, m.draftUnitName, m.reply, m.replyUnit, m.replyUnitName, m.repliedAt,
                m.replyWorkingDays, m.replyHours, m.repliedOnTime, m.mergedInto, mergedMessages, m.reopenCount,
                m.returnCount, m.reassignCount, m.urgeCount, m.extensionAskedUntil, m.extensionReason, m.satisfaction,
                m.published, m.publishedAt, history, allowed);
    }
}
