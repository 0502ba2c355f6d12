package org.govopen.interaction.messaging;

import java.time.OffsetDateTime;

/**
 * The reply to a 12345 ticket, for the hotline to close its ticket ({@code govopen.interaction.hotline.reply} on
 * {@code govopen.interaction.events}, docs/events/govopen.interaction.hotline.reply.v1.json; key the ticket number).
 * A ticket merged into another (并单) gets the other's reply, with {@code answeredWith} naming the ticket or message
 * that was answered. ID numbers, phone numbers and house numbers in the reply are masked.
 */
public record HotlineReply(
        String ticketNumber,
        String messageNumber,
        String reply,
        String replyingUnit,
        String replyingUnitName,
        OffsetDateTime repliedAt,
        boolean onTime,
        String answeredWith) {

    public static final String TYPE = "govopen.interaction.hotline.reply";
}
