package org.govopen.interaction.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.govopen.commons.events.EventData;
import org.govopen.commons.events.InboundEvent;
import org.govopen.commons.events.PoisonEventException;
import org.govopen.commons.events.ProcessedEvents;
import org.govopen.commons.security.UnitScope;
import org.govopen.interaction.domain.MessageCategory;
import org.govopen.interaction.domain.MessageChannel;
import org.govopen.interaction.domain.Satisfaction;
import org.govopen.interaction.service.HotlineTickets;
import org.govopen.interaction.service.MessageIntake;
import org.govopen.interaction.service.MessageQueries;
import org.govopen.interaction.service.Replies;

/**
 * Transport for {@code govopen.inbound.hotline} (docs/events/govopen.inbound.hotline.ticket.v1.json and
 * govopen.inbound.hotline.callback.v1.json): tickets the 12345 hotline transfers and its call-back results. What
 * cannot be read goes to the dead-letter topic before anything is stored; each event is applied once (the
 * processed-event log), and a ticket number already known is the same ticket (a redelivery, or the same ticket sent
 * by REST too). Tickets are taken in several at a time (the {@code hotline-intake} worker pool, unordered): tickets
 * do not depend on each other, and two deliveries of one number wait for each other in {@link MessageIntake}.
 */
@ApplicationScoped
public class HotlineListener {

    static final String CONSUMER = "interaction.inbound-hotline";
    public static final String TICKET = "govopen.inbound.hotline.ticket";
    public static final String CALLBACK = "govopen.inbound.hotline.callback";

    @Inject
    ProcessedEvents processed;

    @Inject
    HotlineTickets tickets;

    @Inject
    MessageQueries queries;

    @Inject
    Replies replies;

    @Incoming("inbound-hotline")
    @Blocking(value = "hotline-intake", ordered = false)
    @Retry(maxRetries = 3, delay = 500, abortOn = PoisonEventException.class)
    public void on(ConsumerRecord<String, String> record) {
        InboundEvent event = InboundEvent.of(record);
        EventData d = event.json();
        switch (event.type()) {
            case TICKET -> {
                MessageIntake.Incoming in = ticket(d, event);
                processed.applyOnce(CONSUMER, event, e -> tickets.receive(in, "12345 热线"));
            }
            case CALLBACK -> {
                String number = ticketNumber(d.required("ticketNumber"), event);
                Satisfaction rating = value(Satisfaction.class, d.required("satisfaction"), event);
                String comment = limit(d.optional("comment"), 2000, event);
                processed.applyOnce(CONSUMER, event, e -> replies.rateTicket(number, rating, comment));
            }
            default -> throw new PoisonEventException("event " + event.id() + ": unknown type " + event.type()
                    + " on the hotline topic");
        }
    }

    private static MessageIntake.Incoming ticket(EventData d, InboundEvent event) {
        String unit = d.required("unit");
        if (!UnitScope.isWellFormed(unit)) {
            throw new PoisonEventException("event " + event.id() + ": unit is not a unit path");
        }
        OffsetDateTime transferredAt = d.optionalTime("transferredAt");
        if (transferredAt == null) {
            throw new PoisonEventException("event " + event.id() + ": transferredAt is missing");
        }
        String text = limit(d.required("text"), 5000, event);
        EventData caller = d.optionalObject("caller");
        return new MessageIntake.Incoming(MessageChannel.HOTLINE_12345, ticketNumber(d.required("ticketNumber"), event),
                transferredAt, value(MessageCategory.class, d.required("category"), event), limit(d.optional("subject"), 200, event),
                text, null, unit, limit(d.optional("suggestion"), 500, event),
                caller == null ? null : limit(caller.optional("name"), 100, event),
                caller == null ? null : limit(caller.optional("phone"), 20, event),
                caller == null ? null : limit(caller.optional("email"), 200, event),
                caller == null ? null : limit(caller.optional("address"), 300, event),
                "true".equals(d.optional("consentToPublish")));
    }

    private static String ticketNumber(String n, InboundEvent event) {
        if (!n.matches("[A-Za-z0-9_\\-]{1,64}")) {
            throw new PoisonEventException("event " + event.id() + ": ticketNumber is not 1–64 letters, digits, - or _");
        }
        return n;
    }

    private static <E extends Enum<E>> E value(Class<E> type, String v, InboundEvent event) {
        try {
            return Enum.valueOf(type, v);
        } catch (IllegalArgumentException e) {
            throw new PoisonEventException("event " + event.id() + ": unknown " + type.getSimpleName() + " " + v, e);
        }
    }

    private static String limit(String value, int max, InboundEvent event) {
        if (value != null && value.length() > max) {
            throw new PoisonEventException("event " + event.id() + ": a field is longer than " + max + " characters");
        }
        return value;
    }
}
