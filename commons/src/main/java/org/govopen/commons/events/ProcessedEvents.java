package org.govopen.commons.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.function.Consumer;
import org.govopen.commons.time.GovClock;

/**
 * The processed-event log of idempotent consumers: the event id is checked and recorded in the same
 * transaction as the event's effect, so a redelivered event is applied once (Debezium outbox example).
 */
@ApplicationScoped
public class ProcessedEvents {

    @Inject
    EntityManager em;

    @Inject
    GovClock clock;

    /**
     * Records that {@code consumer} processed {@code eventId}; true on the first delivery, false when it was
     * processed before. Must run in the transaction that applies the event.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstDelivery(String consumer, String eventId) {
        return em.createNativeQuery("""
                insert into processed_event (consumer, event_id, processed_at) values (:consumer, :id, :at)
                on conflict do nothing""")
                .setParameter("consumer", consumer)
                .setParameter("id", eventId)
                .setParameter("at", clock.now())
                .executeUpdate() == 1;
    }

    /**
     * {@link #firstDelivery} for a batch of events in one statement: records each id and answers those delivered for
     * the first time (the others were processed before, or appear twice in the batch).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    public java.util.Set<String> firstDeliveries(String consumer, java.util.Collection<String> eventIds) {
        if (eventIds.isEmpty()) {
            return java.util.Set.of();
        }
        java.util.List<String> fresh = em.createNativeQuery("insert into processed_event (consumer, event_id, processed_at) "
                        + "select :consumer, ids.id, :at from unnest(cast(:ids as text[])) as ids(id) "
                        + "on conflict do nothing returning event_id")
                .setParameter("consumer", consumer)
                .setParameter("ids", eventIds.stream().distinct().sorted().toArray(String[]::new)) // one order: no deadlock
                .setParameter("at", clock.now())
                .getResultList();
        return new java.util.HashSet<>(fresh);
    }

    /** Applies {@code effect} in a new transaction unless the event was processed already; true if applied. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean applyOnce(String consumer, InboundEvent event, Consumer<InboundEvent> effect) {
        if (!firstDelivery(consumer, event.id())) {
            return false;
        }
        effect.accept(event);
        return true;
    }
}
