package org.govopen.interaction.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.govopen.commons.events.DeadLetters;
import org.govopen.commons.events.EventData;
import org.govopen.commons.events.InboundEvent;
import org.govopen.commons.events.PoisonEventException;
import org.govopen.commons.events.ProcessedEvents;
import org.govopen.commons.problem.ProblemException;
import org.govopen.commons.security.UnitScope;
import org.govopen.commons.time.GovClock;
import org.govopen.interaction.domain.MessageCategory;
import org.govopen.interaction.domain.MessageChannel;
import org.govopen.interaction.domain.Satisfaction;
import org.govopen.interaction.service.MessageIntake;
import org.govopen.interaction.service.Replies;

/**
 * Transport for {@code govopen.inbound.hotline} (docs/events/govopen.inbound.hotline.ticket.v1.json and
 * govopen.inbound.hotline.callback.v1.json): the tickets the 12345 hotline transfers and its call-back results, taken
 * in batches (a city's busiest day is 100,000 tickets). Every record of a batch is read first: what cannot be read
 * goes to the dead-letter topic on its own ({@link DeadLetters}) before anything is stored; the tickets of the batch
 * are then taken in by {@link MessageIntake#receiveAll} in one transaction — each event once (the processed-event
 * log), each ticket number once (a redelivery, or the same ticket sent by REST too); call-backs one by one, in
 * order, after the tickets. A failure of the batch (the database away) retries it whole; nothing is acknowledged
 * before it is stored or parked.
 */
@ApplicationScoped
public class HotlineListener {

    static final String CONSUMER = "interaction.inbound-hotline";
    public static final String TICKET = "govopen.inbound.hotline.ticket";
    public static final String CALLBACK = "govopen.inbound.hotline.callback";
    private static final String ACTOR = "12345 热线";

    @Inject
    ProcessedEvents processed;

    @Inject
    MessageIntake intake;

    @Inject
    Replies replies;

    @Inject
    DeadLetters deadLetters;

    @Inject
    GovClock clock;

    @Incoming("inbound-hotline")
    @Blocking(value = "hotline-intake", ordered = false)
    @Retry(maxRetries = 3, delay = 500)
    public void on(ConsumerRecords<String, String> records) {
        List<MessageIntake.Delivered> tickets = new ArrayList<>();
        List<ConsumerRecord<String, String>> callbacks = new ArrayList<>();
        OffsetDateTime now = clock.now();
        for (ConsumerRecord<String, String> record : records) {
            try {
                InboundEvent event = InboundEvent.of(record);
                switch (event.type()) {
                    case TICKET -> tickets.add(new MessageIntake.Delivered(event.id(), ticket(event, now)));
                    case CALLBACK -> callbacks.add(record);
                    default -> throw new PoisonEventException("event " + event.id() + ": unknown type " + event.type()
                            + " on the hotline topic");
                }
            } catch (PoisonEventException e) {
                deadLetters.park(record, e);
            }
        }
        if (!tickets.isEmpty()) {
            intake.receiveAll(CONSUMER, tickets, ACTOR);
        }
        for (ConsumerRecord<String, String> record : callbacks) {
            try {
                InboundEvent event = InboundEvent.of(record);
                EventData d = event.json();
                String number = ticketNumber(d.required("ticketNumber"), event);
                Satisfaction rating = value(Satisfaction.class, d.required("satisfaction"), event);
                String comment = limit(d.optional("comment"), 2000, event);
                processed.applyOnce(CONSUMER, event, e -> replies.rateTicket(number, rating, comment));
            } catch (PoisonEventException | ProblemException e) {
                // an unknown ticket, or one that is not replied yet: the hotline's to look at, never dropped
                deadLetters.park(record, e);
            }
        }
    }

    private static MessageIntake.Incoming ticket(InboundEvent event, OffsetDateTime now) {
        EventData d = event.json();
        String unit = d.required("unit");
        if (!UnitScope.isWellFormed(unit)) {
            throw new PoisonEventException("event " + event.id() + ": unit is not a unit path");
        }
        OffsetDateTime transferredAt = d.optionalTime("transferredAt");
        String refusal = MessageIntake.transferRefusal(transferredAt, now);
        if (refusal != null) {
            throw new PoisonEventException("event " + event.id() + ": transferredAt: " + refusal);
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
