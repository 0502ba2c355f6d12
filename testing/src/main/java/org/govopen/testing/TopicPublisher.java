package org.govopen.testing;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/** Puts CloudEvents (Kafka binary mode) on a topic of the application under test, as another service would. */
public final class TopicPublisher {

    private TopicPublisher() {
    }

    public static String publish(String topic, String key, String type, String source, String data) {
        return publish(topic, key, UUID.randomUUID().toString(), type, source, data);
    }

    /** Publishes with a given event id (to show that a redelivered event is applied once); returns the id. */
    public static String publish(String topic, String key, String id, String type, String source, String data) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, GovOpenTestResource.bootstrapServers());
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props)) {
            ProducerRecord<String, String> record = new ProducerRecord<>(GovOpenTestResource.topicPrefix() + topic, key, data);
            record.headers().add("ce_specversion", bytes("1.0"));
            record.headers().add("ce_id", bytes(id));
            record.headers().add("ce_type", bytes(type));
            record.headers().add("ce_source", bytes(source));
            record.headers().add("ce_subject", bytes(key));
            record.headers().add("ce_time", bytes(OffsetDateTime.now().toString()));
            record.headers().add("content-type", bytes("application/json"));
            producer.send(record).get(30, TimeUnit.SECONDS);
            return id;
        } catch (Exception e) {
            throw new IllegalStateException("cannot publish to " + topic, e);
        }
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
