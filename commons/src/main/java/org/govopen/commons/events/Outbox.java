package org.govopen.commons.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.govopen.commons.time.GovClock;

/**
 * Writes events in the caller's transaction (transactional outbox): the event exists exactly when the
 * state change it reports was committed. {@link OutboxRelay} publishes it afterwards.
 */
@ApplicationScoped
public class Outbox {

    @Inject
    ObjectMapper mapper;

    @Inject
    GovClock clock;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    OutboxRelay relay;

    @ConfigProperty(name = "govopen.service-name")
    String serviceName;

    /**
     * Writes an event about aggregate {@code subject}; its key is the subject, so one aggregate's events
     * stay in order on one partition.
     *
     * @param type a CloudEvents type such as {@code govopen.request.application.registered}
     * @param data serialised as JSON; must not contain personal data in clear
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID write(String topic, String type, String subject, Object data) {
        return write(topic, type, subject, data, UUID.randomUUID());
    }

    /** As {@link #write(String, String, String, Object)} with a chosen id (deterministic ids for alerts). */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID write(String topic, String type, String subject, Object data, UUID eventId) {
        return insert(topic, type, EventSchemas.schemaOf(type), subject, data, eventId);
    }

    /** For a family of types documented by one schema ({@code docs/events/<schema>.v1.json}). */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID writeWithSchema(String topic, String type, String schema, String subject, Object data) {
        return insert(topic, type, EventSchemas.urn(schema), subject, data, UUID.randomUUID());
    }

    private UUID insert(String topic, String type, String dataSchema, String subject, Object data, UUID eventId) {
        OutboxEvent e = new OutboxEvent();
        e.eventId = eventId;
        e.topic = topic;
        e.messageKey = subject;
        e.type = type;
        e.source = "/govopen/" + serviceName;
        e.subject = subject;
        e.occurredAt = clock.now();
        e.createdAt = e.occurredAt;
        e.dataSchema = dataSchema;
        try {
            e.data = mapper.writeValueAsString(data);
        } catch (JsonProcessingException ex) {
            throw new IllegalArgumentException("event data of " + type + " is not serialisable", ex);
        }
        e.persist();
        transactions.registerInterposedSynchronization(new jakarta.transaction.Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    relay.wake();
                }
            }
        });
        return eventId;
    }
}
