package org.govopen.interaction.service;

import org.govopen.commons.deadline.DeadlineKey;
import org.govopen.interaction.domain.Message;

/** The deadline a message has, as a row of the kernel's deadline table. */
public final class MessageDeadlines {

    public static final String AGGREGATE = "message";
    /** 答复期限: 5 working days, 1 for a simple and common question (rules.md §5). */
    public static final String REPLY = "reply";

    private MessageDeadlines() {
    }

    public static DeadlineKey reply(Message m) {
        return DeadlineKey.of(AGGREGATE, m.aggregateId(), REPLY);
    }

    /** For alerts: the number and what is due, never the writer. */
    public static String label(Message m) {
        return (m.channel == org.govopen.interaction.domain.MessageChannel.HOTLINE_12345 ? "12345 工单 " + m.hotlineTicket
                : "留言 " + m.number) + " 答复期限";
    }
}
