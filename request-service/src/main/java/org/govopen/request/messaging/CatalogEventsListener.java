package org.govopen.request.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.govopen.commons.events.InboundEvent;
import org.govopen.commons.events.PoisonEventException;
import org.govopen.commons.events.ProcessedEvents;
import org.govopen.commons.time.GovClock;
import org.govopen.request.domain.PublishedInformation;
import org.govopen.request.domain.UnitName;

/**
 * Keeps what request-service needs from catalog-service (docs/events/README.md, "Contracts"): published items and
 * documents made 主动公开 — to answer "already public" — and unit names for letters. Idempotent: each event id is
 * recorded with its effect.
 */
@ApplicationScoped
public class CatalogEventsListener {

    static final String CONSUMER = "request.catalog-events";

    @Inject
    ProcessedEvents processed;

    @Inject
    ObjectMapper mapper;

    @Inject
    GovClock clock;

    @Incoming("catalog-events")
    @Blocking
    @Retry(maxRetries = 3, delay = 500, abortOn = PoisonEventException.class)
    public void on(ConsumerRecord<String, String> record) {
        InboundEvent event = InboundEvent.of(record);
        JsonNode data = read(event);
        switch (event.type()) {
            case "govopen.catalog.item.published" -> processed.applyOnce(CONSUMER, event, e -> item(data));
            case "govopen.catalog.document.attribute-changed" -> processed.applyOnce(CONSUMER, event, e -> document(data));
            case "govopen.catalog.unit.changed" -> processed.applyOnce(CONSUMER, event, e -> unit(data));
            default -> { } // other catalogue events are not needed here
        }
    }

    private void item(JsonNode d) {
        PublishedInformation p = findOrNew(required(d, "itemId"));
        p.source = PublishedInformation.SOURCE_ITEM;
        p.unit = required(d, "unit");
        p.title = required(d, "title");
        p.url = text(d, "url");
        p.documentNumber = text(d, "documentNumber");
        p.publishedOn = date(d, "publishedOn");
        p.updatedAt = clock.now();
        p.persist();
    }

    private void document(JsonNode d) {
        String id = required(d, "documentId");
        if (!"PROACTIVE".equals(text(d, "attribute"))) {
            PublishedInformation.deleteById(id); // no longer proactive: "already public" must not point to it
            return;
        }
        PublishedInformation p = findOrNew(id);
        p.source = PublishedInformation.SOURCE_DOCUMENT;
        p.unit = required(d, "unit");
        p.title = required(d, "title");
        p.url = text(d, "url");
        p.documentNumber = text(d, "documentNumber");
        p.publishedOn = date(d, "changedOn");
        p.updatedAt = clock.now();
        p.persist();
    }

    private void unit(JsonNode d) {
        String path = required(d, "unit");
        UnitName u = UnitName.<UnitName>findByIdOptional(path).orElseGet(UnitName::new);
        u.unit = path;
        u.name = required(d, "name");
        u.kind = text(d, "kind");
        u.parentUnit = text(d, "parentUnit");
        u.updatedAt = clock.now();
        u.persist();
    }

    private static PublishedInformation findOrNew(String id) {
        PublishedInformation p = PublishedInformation.findById(id);
        if (p == null) {
            p = new PublishedInformation();
            p.id = id;
        }
        return p;
    }

    private JsonNode read(InboundEvent event) {
        try {
            return mapper.readTree(event.data());
        } catch (Exception e) {
            throw new PoisonEventException("unreadable data in event " + event.id(), e);
        }
    }

    private static String required(JsonNode d, String field) {
        String v = text(d, field);
        if (v == null || v.isBlank()) {
            throw new PoisonEventException("catalog event without " + field);
        }
        return v;
    }

    private static String text(JsonNode d, String field) {
        JsonNode n = d.get(field);
        return n == null || n.isNull() ? null : n.asText();
    }

    private static LocalDate date(JsonNode d, String field) {
        String v = text(d, field);
        try {
            return v == null ? null : LocalDate.parse(v.length() > 10 ? v.substring(0, 10) : v);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
