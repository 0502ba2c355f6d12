package org.govopen.benchmarks;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * What the intake benchmarks share: a producer that publishes as fast as it goes, events as the kernel reads them
 * (CloudEvents in binary mode), and waiting until a consumer's processed-event log has taken them all in.
 */
final class InboundTopic {

    private InboundTopic() {
    }

    static KafkaProducer<String, String> producer(String bootstrap) {
        return producer(bootstrap, new Properties());
    }

    /** With producer settings of the caller's ({@code batch.size}, {@code compression.type} …) over the defaults. */
    static KafkaProducer<String, String> producer(String bootstrap, Properties overrides) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.putAll(overrides);
        return new KafkaProducer<>(p);
    }

    /** One event: a fresh id, the type, source and subject as {@code ce_*} headers, the JSON data as the value. */
    static ProducerRecord<String, String> event(String topic, String key, String type, String source, String data) {
        ProducerRecord<String, String> r = new ProducerRecord<>(topic, key, data);
        r.headers().add("ce_specversion", b("1.0"));
        r.headers().add("ce_id", b(UUID.randomUUID().toString()));
        r.headers().add("ce_type", b(type));
        r.headers().add("ce_source", b(source));
        r.headers().add("ce_subject", b(key));
        r.headers().add("ce_time", b(OffsetDateTime.now().toString()));
        r.headers().add("content-type", b("application/json"));
        return r;
    }

    /** Events {@code consumer} has processed so far. */
    static long processed(Statement st, String consumer) throws Exception {
        try (ResultSet r = st.executeQuery("select count(*) from processed_event where consumer = '" + consumer + "'")) {
            r.next();
            return r.getLong(1);
        }
    }

    /** Waits until {@code consumer} processed {@code count} more than {@code before}, or nothing moved for a minute. */
    static long awaitProcessed(Statement st, String consumer, long before, int count) throws Exception {
        long done;
        long lastChange = System.nanoTime();
        long lastSeen = -1;
        while ((done = processed(st, consumer) - before) < count) {
            if (done != lastSeen) {
                lastSeen = done;
                lastChange = System.nanoTime();
            } else if (System.nanoTime() - lastChange > 60_000_000_000L) {
                break; // nothing moved for a minute
            }
            Thread.sleep(200);
        }
        return done;
    }

    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
