package org.govopen.sentiment.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.govopen.commons.events.EventData;
import org.govopen.commons.events.InboundEvent;
import org.govopen.commons.events.PoisonEventException;
import org.govopen.commons.events.ProcessedEvents;
import org.govopen.commons.security.UnitScope;
import org.govopen.sentiment.domain.IncidentKind;
import org.govopen.sentiment.service.SignalIntake;

/**
 * Transport for {@code govopen.inbound.signals} (docs/events/govopen.inbound.signal.v1.json): monitoring feeds that
 * publish rather than call. Reads each signal's fields — what cannot be read goes to the dead-letter topic before
 * anything is stored — and hands it to {@link SignalIntake} once per event id. Signals are taken in several at a time
 * (the {@code signal-intake} worker pool, unordered): a repeat raises a signal's figures by max and count, and two
 * pushes of one signal are serialised by {@link SignalIntake}'s locks, so their order does not matter.
 */
@ApplicationScoped
public class SignalListener {

    static final String CONSUMER = "sentiment.inbound-signals";
    public static final String SIGNAL = "govopen.inbound.signal";

    private static final int MAX_TEXT = 20_000;

    @Inject
    ProcessedEvents processed;

    @Inject
    SignalIntake intake;

    @Incoming("inbound-signals")
    @Blocking(value = "signal-intake", ordered = false)
    @Retry(maxRetries = 3, delay = 500, abortOn = PoisonEventException.class)
    public void on(ConsumerRecord<String, String> record) {
        InboundEvent event = InboundEvent.of(record);
        if (!SIGNAL.equals(event.type())) {
            throw new PoisonEventException("event " + event.id() + ": unknown type " + event.type() + " on the signals topic");
        }
        EventData d = event.json();
        String unit = d.required("unit");
        String place = d.optional("place");
        if (!UnitScope.isWellFormed(unit) || (place != null && !UnitScope.isWellFormed(place))) {
            throw new PoisonEventException("event " + event.id() + ": unit or place is not a unit path");
        }
        String url = d.optional("url", 2000);
        if (url != null && !url.matches("https?://\\S+")) {
            throw new PoisonEventException("event " + event.id() + ": url is not an http(s) address");
        }
        SignalIntake.Incoming in = new SignalIntake.Incoming(unit, d.required("source", 100),
                url, d.required("title", 500), d.optional("text", MAX_TEXT),
                d.optional("authorHandle", 200), d.optionalTime("seenAt"), count(d, "reads"),
                count(d, "reposts"), count(d, "comments"), place, kind(d.optional("kind"), event));
        processed.applyOnce(CONSUMER, event, e -> intake.receive(in));
    }

    private static long count(EventData d, String field) {
        String v = d.optional(field);
        if (v == null) {
            return 0;
        }
        try {
            long n = Long.parseLong(v);
            if (n < 0) {
                throw new PoisonEventException(field + " is negative");
            }
            return n;
        } catch (NumberFormatException e) {
            throw new PoisonEventException(field + " is not a whole number", e);
        }
    }

    private static IncidentKind kind(String value, InboundEvent event) {
        if (value == null) {
            return null;
        }
        try {
            return IncidentKind.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new PoisonEventException("event " + event.id() + ": unknown kind " + value, e);
        }
    }
}
