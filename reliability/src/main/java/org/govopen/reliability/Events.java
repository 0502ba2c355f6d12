package org.govopen.reliability;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Reads a topic's CloudEvents (binary mode: {@code ce_id}, {@code ce_type}, {@code ce_subject} headers), bounded. */
final class Events {

    record Event(String id, String type, String subject, int partition, long offset) {
    }

    private Events() {
    }

    private static KafkaConsumer<String, byte[]> consumer() {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, Stack.KAFKA);
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "2000");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, "govopen-reliability");
        return new KafkaConsumer<>(p);
    }

    /** A producer that waits for every replica (acks=all), as the services' own producers do. */
    static KafkaProducer<String, String> producer() {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, Stack.KAFKA);
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        return new KafkaProducer<>(p);
    }

    /** A JSON CloudEvent in Kafka's binary mode (ce_ headers), as the services' outboxes and the 12345 platform send them. */
    static ProducerRecord<String, String> cloudEvent(String topic, String key, String id, String type, String source,
                                                     java.time.OffsetDateTime time, String data) {
        ProducerRecord<String, String> r = new ProducerRecord<>(topic, key, data);
        r.headers().add("ce_specversion", utf8("1.0"));
        r.headers().add("ce_id", utf8(id));
        r.headers().add("ce_type", utf8(type));
        r.headers().add("ce_source", utf8(source));
        r.headers().add("ce_time", utf8(time.toString()));
        r.headers().add("content-type", utf8("application/json"));
        return r;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** Where each partition of the topic ends now: read from there to see only what comes after. */
    static Map<TopicPartition, Long> ends(String topic) {
        try (KafkaConsumer<String, byte[]> c = consumer()) {
            return c.endOffsets(partitions(c, topic), Duration.ofSeconds(30));
        }
    }

    /** Every event from {@code from} (null: the beginning) to the end as it is when the read starts. */
    static List<Event> read(String topic, Map<TopicPartition, Long> from, Duration limit) {
        List<Event> events = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> c = consumer()) {
            List<TopicPartition> parts = partitions(c, topic);
            c.assign(parts);
            Map<TopicPartition, Long> end = c.endOffsets(parts, Duration.ofSeconds(30));
            for (TopicPartition tp : parts) {
                Long start = from == null ? null : from.get(tp);
                if (start == null) {
                    c.seekToBeginning(List.of(tp));
                } else {
                    c.seek(tp, start);
                }
            }
            long until = System.nanoTime() + limit.toNanos();
            Map<TopicPartition, Boolean> done = new HashMap<>();
            while (done.size() < parts.size() && System.nanoTime() < until) {
                for (ConsumerRecord<String, byte[]> r : c.poll(Duration.ofMillis(500))) {
                    events.add(new Event(header(r, "ce_id"), header(r, "ce_type"), header(r, "ce_subject"), r.partition(), r.offset()));
                }
                for (TopicPartition tp : parts) {
                    if (c.position(tp) >= end.get(tp)) {
                        done.put(tp, true);
                    }
                }
            }
            if (done.size() < parts.size()) {
                throw new IllegalStateException("could not read " + topic + " to its end within " + limit);
            }
        }
        return events;
    }

    /**
     * The records from {@code from} to where each partition ends when the read starts, as far as {@code limit} allows
     * (what an experiment tallies: a shortfall shows as missing records, not as an error).
     */
    static List<ConsumerRecord<String, byte[]>> records(Map<TopicPartition, Long> from, Duration limit) {
        List<ConsumerRecord<String, byte[]>> out = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> c = consumer()) {
            c.assign(from.keySet());
            from.forEach(c::seek);
            Map<TopicPartition, Long> end = c.endOffsets(from.keySet(), Duration.ofSeconds(30));
            long until = System.nanoTime() + limit.toNanos();
            while (System.nanoTime() < until && end.entrySet().stream().anyMatch(e -> c.position(e.getKey()) < e.getValue())) {
                c.poll(Duration.ofMillis(500)).forEach(out::add);
            }
        }
        return out;
    }

    static String value(ConsumerRecord<String, byte[]> r) {
        return r.value() == null ? null : new String(r.value(), StandardCharsets.UTF_8);
    }

    private static List<TopicPartition> partitions(KafkaConsumer<String, byte[]> c, String topic) {
        List<PartitionInfo> infos = c.partitionsFor(topic, Duration.ofSeconds(30));
        List<TopicPartition> parts = new ArrayList<>();
        for (PartitionInfo i : infos) {
            parts.add(new TopicPartition(topic, i.partition()));
        }
        return parts;
    }

    static String header(ConsumerRecord<String, byte[]> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
