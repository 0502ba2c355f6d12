package org.govopen.catalog.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.govopen.catalog.service.DemandService;
import org.govopen.commons.events.EventData;
import org.govopen.commons.events.InboundEvent;
import org.govopen.commons.events.PoisonEventException;
import org.govopen.commons.events.ProcessedEvents;
import org.govopen.commons.time.GovClock;

/**
 * Transport for request-service's {@code registered} events (docs/events, "Contracts"): reads the requested
 * document — what cannot be read goes to the dead-letter topic — and hands it to {@link DemandService} once per
 * event id ({@link ProcessedEvents}, in the transaction of the count).
 */
@ApplicationScoped
public class RequestEventsListener {

    static final String CONSUMER = "catalog.request-events";
    static final String REGISTERED = "govopen.request.application.registered";

    @Inject
    ProcessedEvents processed;

    @Inject
    DemandService demand;

    @Inject
    GovClock clock;

    @Incoming("request-events")
    @Blocking
    @Retry(maxRetries = 3, delay = 500, abortOn = PoisonEventException.class)
    public void on(ConsumerRecord<String, String> record) {
        InboundEvent event = InboundEvent.of(record);
        if (!REGISTERED.equals(event.type())) {
            return; // only registrations count as demand
        }
        EventData data = event.json();
        EventData document = data.optionalObject("requestedDocument");
        if (document == null) {
            return;
        }
        String unit = data.required("unit");
        String number = document.optional("number");
        String title = document.optional("title");
        String applicantKey = data.optional("applicantKey");
        OffsetDateTime at = data.optionalTime("occurredAt");
        OffsetDateTime sent = event.occurredAt();
        OffsetDateTime when = at != null ? at : sent != null ? sent : clock.now();
        processed.applyOnce(CONSUMER, event, e -> demand.recordApplication(unit, number, title, applicantKey, when));
    }
}
