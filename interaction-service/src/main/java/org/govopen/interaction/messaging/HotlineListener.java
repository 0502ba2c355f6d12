package org.govopen.interaction.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.govopen.commons.events.DeadLetters;
import org.govopen.commons.events.EventData;
import org.govopen.commons.events.InboundEvent;
import org.govopen.commons.events.Patience;
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
import org.jboss.logging.Logger;

/**
 * Transport for {@code govopen.inbound.hotline} (docs/events/govopen.inbound.hotline.ticket.v1.json and
 * govopen.inbound.hotline.callback.v1.json): the tickets the 12345 hotline transfers and its call-back results, taken
 * in batches (a city's busiest day is 100,000 tickets). Every record of a batch is read first: what cannot be read
 * goes to the dead-letter topic on its own ({@link DeadLetters}) before anything is stored; the tickets of the batch
 * are then taken in by {@link MessageIntake#receiveAll} in one transaction — each event once (the processed-event
 * log), each ticket number once (a redelivery, or the same ticket sent by REST too); call-backs one by one, in
 * order, after the tickets. Nothing is acknowledged before it is stored or parked:
 * <ul>
 *   <li>the database away, or two transactions in each other's way (a deadlock, a serialization failure): the batch is
 *       tried again, with a growing pause, for up to {@link #PATIENCE} — a restart of PostgreSQL never sends tickets to
 *       the dead-letter topic (an outage longer than that is left to the connector's failure strategy);</li>
 *   <li>anything else: one record of the batch is at fault; the tickets are then taken in one by one and the one that
 *       fails is parked, the others stored.</li>
 * </ul>
 */
@ApplicationScoped
public class HotlineListener {

    static final String CONSUMER = "interaction.inbound-hotline";
    public static final String TICKET = "govopen.inbound.hotline.ticket";
    public static final String CALLBACK = "govopen.inbound.hotline.callback";
    private static final String ACTOR = "12345 热线";
    private static final Logger LOG = Logger.getLogger(HotlineListener.class);

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

    /** How long a batch waits for the database to come back before it is left to the failure strategy. */
    static final Duration PATIENCE = Duration.ofMinutes(10);

    @Incoming("inbound-hotline")
    @Blocking(value = "hotline-intake", ordered = false)
    public void on(ConsumerRecords<String, String> records) {
        List<MessageIntake.Delivered> tickets = new ArrayList<>();
        Map<String, ConsumerRecord<String, String>> recordOf = new HashMap<>();
        List<ConsumerRecord<String, String>> callbacks = new ArrayList<>();
        OffsetDateTime now = clock.now();
        for (ConsumerRecord<String, String> record : records) {
            try {
                InboundEvent event = InboundEvent.of(record);
                switch (event.type()) {
                    case TICKET -> {
                        tickets.add(new MessageIntake.Delivered(event.id(), ticket(event, now)));
                        recordOf.put(event.id(), record);
                    }
                    case CALLBACK -> callbacks.add(record);
                    default -> throw new PoisonEventException("event " + event.id() + ": unknown type " + event.type()
                            + " on the hotline topic");
                }
            } catch (PoisonEventException e) {
                deadLetters.park(record, e);
            }
        }
        if (!tickets.isEmpty() && !takeIn(tickets)) {
            // one of them is at fault: one by one, parking the one that fails
            for (MessageIntake.Delivered d : tickets) {
                try {
                    withPatience(() -> intake.receiveAll(CONSUMER, List.of(d), ACTOR));
                } catch (RuntimeException e) {
                    if (transientFailure(e)) {
                        throw e;
                    }
                    deadLetters.park(recordOf.get(d.eventId()), e);
                }
            }
        }
        for (ConsumerRecord<String, String> record : callbacks) {
            try {
                InboundEvent event = InboundEvent.of(record);
                EventData d = event.json();
                String number = ticketNumber(d.required("ticketNumber"), event);
                Satisfaction rating = value(Satisfaction.class, d.required("satisfaction"), event);
                String comment = d.optional("comment", 2000);
                withPatience(() -> processed.applyOnce(CONSUMER, event, e -> replies.rateTicket(number, rating, comment)));
            } catch (PoisonEventException | ProblemException e) {
                // an unknown ticket, or one that is not replied yet: the hotline's to look at, never dropped
                deadLetters.park(record, e);
            }
        }
    }

    /**
     * Takes the tickets in, waiting out an outage for up to {@link #PATIENCE}. False when the batch failed for another
     * reason (one of its tickets is at fault).
     */
    private boolean takeIn(List<MessageIntake.Delivered> tickets) {
        try {
            withPatience(() -> intake.receiveAll(CONSUMER, tickets, ACTOR));
            return true;
        } catch (RuntimeException e) {
            if (transientFailure(e)) {
                throw e;
            }
            LOG.warnf("a batch of %d tickets failed (%s); taking them in one by one", tickets.size(), e.toString());
            return false;
        }
    }

    private static void withPatience(Runnable work) {
        Patience.run(PATIENCE, "the hotline's events", work);
    }

    private static boolean transientFailure(Throwable e) {
        return Patience.transientFailure(e);
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
        String text = d.required("text", 5000);
        EventData caller = d.optionalObject("caller");
        return new MessageIntake.Incoming(MessageChannel.HOTLINE_12345, ticketNumber(d.required("ticketNumber"), event),
                transferredAt, value(MessageCategory.class, d.required("category"), event), d.optional("subject", 200),
                text, null, unit, d.optional("suggestion", 500),
                caller == null ? null : caller.optional("name", 100),
                caller == null ? null : caller.optional("phone", 20),
                caller == null ? null : caller.optional("email", 200),
                caller == null ? null : caller.optional("address", 300),
                "true".equals(d.optional("consentToPublish")));
    }

    private static String ticketNumber(String n, InboundEvent event) {
        if (!n.matches(org.govopen.interaction.api.MessageForms.TICKET_NUMBER)) {
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

}
