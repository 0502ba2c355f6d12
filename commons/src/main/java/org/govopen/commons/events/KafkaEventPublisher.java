package org.govopen.commons.events;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.KafkaMessageFactory;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Puts outbox rows on Kafka as CloudEvents 1.0 in binary mode ({@code ce_*} headers, JSON value), through the
 * CloudEvents SDK's Kafka binding. The producer is idempotent and waits for all in-sync replicas.
 */
@ApplicationScoped
public class KafkaEventPublisher {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    KafkaConfig kafka;

    @Inject
    OutboxConfig outbox;

    private KafkaProducer<String, byte[]> producer;

    public Future<RecordMetadata> send(OutboxEvent e) {
        CloudEventBuilder builder = CloudEventBuilder.v1()
                .withId(e.eventId.toString())
                .withSource(URI.create(e.source))
                .withType(e.type)
                .withSubject(e.subject)
                .withTime(e.occurredAt)
                .withDataContentType("application/json")
                .withData(e.data.getBytes(StandardCharsets.UTF_8));
        if (e.dataSchema != null) {
            builder.withDataSchema(URI.create(e.dataSchema));
        }
        CloudEvent event = builder.build();
        ProducerRecord<String, byte[]> record = KafkaMessageFactory
                .<String>createWriter(kafka.physical(e.topic), e.messageKey).writeBinary(event);
        return producer().send(record);
    }

    private synchronized KafkaProducer<String, byte[]> producer() {
        if (producer == null) {
            Properties p = new Properties();
            p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
            p.put(ProducerConfig.ACKS_CONFIG, "all");
            p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
            p.put(ProducerConfig.LINGER_MS_CONFIG, "2");
            p.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000");
            long delivery = Math.max(outbox.sendTimeout().toMillis(), 7000);
            p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, Long.toString(delivery));
            // a missing broker must fail a send quickly, not hold the relay's transaction for a minute
            p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "2000");
            p.put(ProducerConfig.CLIENT_ID_CONFIG, "govopen-outbox-relay");
            p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
            producer = new KafkaProducer<>(p);
        }
        return producer;
    }

    @PreDestroy
    synchronized void close() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
            producer = null;
        }
    }
}
