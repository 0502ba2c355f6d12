package org.govopen.interaction.messaging;

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
import org.govopen.interaction.service.UnitNames;

/**
 * Transport for catalog-service's events (docs/events/govopen.catalog.unit.changed.v1.json): a unit's name, for the
 * replies it signs. What cannot be read goes to the dead-letter topic; each event is applied once. Other catalogue
 * events are not needed here.
 */
@ApplicationScoped
public class CatalogEventsListener {

    static final String CONSUMER = "interaction.catalog-events";
    static final String UNIT_CHANGED = "govopen.catalog.unit.changed";

    @Inject
    ProcessedEvents processed;

    @Inject
    UnitNames names;

    @Incoming("catalog-events")
    @Blocking
    @Retry(maxRetries = 3, delay = 500, abortOn = PoisonEventException.class)
    public void on(ConsumerRecord<String, String> record) {
        InboundEvent event = InboundEvent.of(record);
        if (!UNIT_CHANGED.equals(event.type())) {
            return;
        }
        EventData d = event.json();
        String unit = d.required("unit");
        String name = d.required("name");
        if (!UnitScope.isWellFormed(unit) || name.length() > 200) {
            throw new PoisonEventException("event " + event.id() + ": unit is not a unit path, or the name is too long");
        }
        processed.applyOnce(CONSUMER, event, e -> names.changed(unit, name));
    }
}
