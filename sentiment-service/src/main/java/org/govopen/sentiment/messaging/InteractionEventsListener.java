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
import org.govopen.sentiment.service.SignalIntake;

/**
 * Transport for interaction-service's events: a cluster of citizens' messages on one matter
 * ({@code govopen.interaction.cluster.detected}, docs/events/govopen.interaction.cluster.detected.v1.json) arrives as a
 * signal — its address is the cluster's, so a grown cluster raises the same signal's reach (the number of messages
 * counts as comments). Other interaction events are not needed here.
 */
@ApplicationScoped
public class InteractionEventsListener {

    static final String CONSUMER = "sentiment.interaction-events";
    public static final String CLUSTER_DETECTED = "govopen.interaction.cluster.detected";

    @Inject
    ProcessedEvents processed;

    @Inject
    SignalIntake intake;

    @Incoming("interaction-events")
    @Blocking
    @Retry(maxRetries = 3, delay = 500, abortOn = PoisonEventException.class)
    public void on(ConsumerRecord<String, String> record) {
        InboundEvent event = InboundEvent.of(record);
        if (!CLUSTER_DETECTED.equals(event.type())) {
            return;
        }
        EventData d = event.json();
        String cluster = d.required("clusterId");
        String unit = d.required("unit");
        String place = d.optional("place");
        if (!UnitScope.isWellFormed(unit) || (place != null && !UnitScope.isWellFormed(place)) || !cluster.matches("[A-Za-z0-9-]{1,100}")) {
            throw new PoisonEventException("event " + event.id() + ": unit, place or clusterId is not well formed");
        }
        String title = d.required("title");
        long messages;
        try {
            messages = Long.parseLong(d.required("messageCount"));
        } catch (NumberFormatException e) {
            throw new PoisonEventException("event " + event.id() + ": messageCount is not a whole number", e);
        }
        if (title.length() > 500 || messages < 0) {
            throw new PoisonEventException("event " + event.id() + ": title too long or messageCount negative");
        }
        SignalIntake.Incoming in = new SignalIntake.Incoming(unit, "群众留言（12345、网站）",
                "govopen://interaction/clusters/" + cluster, title, null, null, d.optionalTime("lastMessageAt"),
                0, 0, messages, place, null);
        processed.applyOnce(CONSUMER, event, e -> intake.receive(in));
    }
}
