package org.govopen.commons.testapp;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.govopen.commons.events.InboundEvent;
import org.govopen.commons.events.PoisonEventException;
import org.govopen.commons.events.ProcessedEvents;

/** An idempotent consumer as services write them: effect and processed-event record in one transaction. */
@ApplicationScoped
public class TestNoteConsumer {

    @Inject
    ProcessedEvents processed;

    @Inject
    EntityManager em;

    @Incoming("test-notes")
    @Blocking
    public void on(ConsumerRecord<String, String> record) {
        InboundEvent event = InboundEvent.of(record);
        if (event.data().contains("\"poison\"")) {
            throw new PoisonEventException("test poison " + event.id());
        }
        processed.applyOnce("kernel-test.notes", event, e -> em.createNativeQuery(
                        "insert into test_note_applied (note_id, event_id) values (:n, :e)")
                .setParameter("n", UUID.fromString(e.subject())).setParameter("e", e.id()).executeUpdate());
    }
}
