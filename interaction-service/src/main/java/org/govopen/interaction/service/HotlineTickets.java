package org.govopen.interaction.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.govopen.interaction.api.MessageForms;
import org.govopen.interaction.domain.MessageChannel;

/** 12345 tickets, by REST or from the topic: one reading of the ticket, then {@link MessageIntake}. */
@ApplicationScoped
public class HotlineTickets {

    @Inject
    MessageIntake intake;

    public MessageIntake.Received receive(MessageIntake.Incoming in, String actor) {
        return intake.receive(in, actor);
    }

    public static MessageIntake.Incoming of(MessageForms.Ticket f) {
        var c = f.caller() == null ? new MessageForms.Contact(null, null, null, null) : f.caller();
        return new MessageIntake.Incoming(MessageChannel.HOTLINE_12345, f.ticketNumber(), f.transferredAt(), f.category(),
                f.subject(), f.text(), null, f.unit(), f.suggestion(), c.name(), c.phone(), c.email(), c.address(),
                Boolean.TRUE.equals(f.consentToPublish()));
    }
}
