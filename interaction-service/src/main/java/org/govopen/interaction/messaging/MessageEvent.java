package org.govopen.interaction.messaging;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.govopen.interaction.domain.MessageCategory;
import org.govopen.interaction.domain.MessageChannel;
import org.govopen.interaction.domain.MessageState;
import org.govopen.interaction.domain.Satisfaction;

/**
 * The data of every message event on {@code govopen.interaction.events} (docs/events/govopen.interaction.message.v1.json),
 * one type per action ({@code govopen.interaction.message.dispatch} …). No personal data and no text: the writer is
 * not in it at all, the subject not either (it may name people).
 */
public record MessageEvent(
        UUID messageId,
        String number,
        MessageChannel channel,
        String hotlineTicket,
        MessageCategory category,
        String officeUnit,
        String leadUnit,
        List<String> assistingUnits,
        String action,
        MessageState fromState,
        MessageState state,
        OffsetDateTime occurredAt,
        Boolean simple,
        LocalDate replyDueDate,
        OffsetDateTime repliedAt,
        Satisfaction satisfaction,
        UUID mergedInto) {
}
