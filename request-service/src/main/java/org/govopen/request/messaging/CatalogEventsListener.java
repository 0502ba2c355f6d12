package org.govopen.request.messaging;

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
import org.govopen.request.service.CatalogMirror.PublicInformation;
import org.govopen.request.service.CatalogMirror;

/**
 * Transport for catalog-service's events (docs/events/README.md, "Contracts"): reads each event's fields — what
 * cannot be read goes to the dead-letter topic before anything is stored — and hands them to {@link CatalogMirror}
 * once per event id ({@link ProcessedEvents}, in the transaction of the effect).
 */
@ApplicationScoped
public class CatalogEventsListener {

    static final String CONSUMER = "request.catalog-events";
    static final String ITEM_PUBLISHED = "govopen.catalog.item.published";
    static final String ATTRIBUTE_CHANGED = "govopen.catalog.document.attribute-changed";
    static final String UNIT_CHANGED = "govopen.catalog.unit.changed";

    @Inject
    ProcessedEvents processed;

    @Inject
    CatalogMirror mirror;

    @Incoming("catalog-events")
    @Blocking
    @Retry(maxRetries = 3, delay = 500, abortOn = PoisonEventException.class)
    public void on(ConsumerRecord<String, String> record) {
        InboundEvent event = InboundEvent.of(record);
        switch (event.type()) {
            case ITEM_PUBLISHED -> {
                EventData d = event.json();
                PublicInformation item = new PublicInformation(d.required("itemId"), d.required("unit"), d.required("title"),
                        d.optional("url"), d.optional("documentNumber"), d.optionalDate("publishedOn"));
                processed.applyOnce(CONSUMER, event, e -> mirror.itemPublished(item));
            }
            case ATTRIBUTE_CHANGED -> {
                EventData d = event.json();
                PublicInformation document = new PublicInformation(d.required("documentId"), d.required("unit"),
                        d.required("title"), d.optional("url"), d.optional("documentNumber"), d.optionalDate("changedOn"));
                boolean proactive = "PROACTIVE".equals(d.optional("attribute"));
                processed.applyOnce(CONSUMER, event, e -> mirror.documentAttributeChanged(document, proactive));
            }
            case UNIT_CHANGED -> {
                EventData d = event.json();
                String path = d.required("unit");
                String name = d.required("name");
                String kind = d.optional("kind");
                String parent = d.optional("parentUnit");
                processed.applyOnce(CONSUMER, event, e -> mirror.unitChanged(path, name, kind, parent));
            }
            default -> { } // other catalogue events are not needed here
        }
    }
}
