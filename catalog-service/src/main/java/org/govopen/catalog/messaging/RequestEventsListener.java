package org.govopen.catalog.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.govopen.catalog.service.DemandService;
import org.govopen.commons.events.InboundEvent;
import org.govopen.commons.events.PoisonEventException;
import org.govopen.commons.events.ProcessedEvents;

/**
 * Counts applications per requested document from request-service's {@code registered} events (docs/events,
 * "Contracts") for demand-driven conversion. Idempotent: the event id is recorded with the count; what cannot
 * be read goes to the dead-letter topic.
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
    ObjectMapper mapper;

    @Incoming("request-events")
    @Blocking
    @Retry(maxRetries = 3, delay = 500, abortOn = PoisonEventException.class)
    public void on(ConsumerRecord<String, String> record) {
        InboundEvent event = InboundEvent.of(record);
        if (!REGISTERED.equals(event.type())) {
            return; // only registrations count as demand
        }
        JsonNode data = read(event);
        JsonNode document = data.get("requestedDocument");
        if (document == null || document.isNull()) {
            return;
        }
        String unit = text(data, "unit");
        if (unit == null) {
            throw new PoisonEventException("registered event " + event.id() + " without unit");
        }
        OffsetDateTime at = parseTime(text(data, "occurredAt"), event);
        processed.applyOnce(CONSUMER, event, e -> demand.recordApplication(unit, text(document, "number"),
                text(document, "title"), text(data, "applicantKey"), at));
    }

    private JsonNode read(InboundEvent event) {
        try {
            return mapper.readTree(event.data());
        } catch (Exception e) {
            throw new PoisonEventException("unreadable data in event " + event.id(), e);
        }
    }

    private static OffsetDateTime parseTime(String value, InboundEvent event) {
        String v = value != null ? value : event.time();
        try {
            return v == null ? OffsetDateTime.now() : OffsetDateTime.parse(v);
        } catch (RuntimeException e) {
            throw new PoisonEventException("bad occurredAt in event " + event.id(), e);
        }
    }

    private static String text(JsonNode d, String field) {
        JsonNode n = d.get(field);
        return n == null || n.isNull() || n.asText().isBlank() ? null : n.asText();
    }
}
