package org.govopen.testing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads a topic of the application under test from its beginning (the class's own topic prefix is added)
 * and keeps every event seen, so a test can wait for the one it expects.
 */
public final class TopicRecorder implements AutoCloseable {

    private final KafkaConsumer<String, String> consumer;
    private final String topic;
    private final List<RecordedEvent> seen = new ArrayList<>();

    private TopicRecorder(String topic) {
        this.topic = GovOpenTestResource.topicPrefix() + topic;
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, GovOpenTestResource.bootstrapServers());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "test-recorder-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        consumer = new KafkaConsumer<>(props);
        consumer.subscribe(List.of(this.topic));
    }

    /** Starts reading {@code topic} (its name without the test prefix). */
    public static TopicRecorder of(String topic) {
        return new TopicRecorder(topic);
    }

    /** Waits for the first event matching {@code match}; fails the test if none comes in time. */
    public RecordedEvent await(Predicate<RecordedEvent> match, Duration timeout) {
        Instant end = Instant.now().plus(timeout);
        while (true) {
            for (RecordedEvent e : seen) {
                if (match.test(e)) {
                    return e;
                }
            }
            if (Instant.now().isAfter(end)) {
                throw new AssertionError("no matching event on " + topic + " within " + timeout + "; saw " + seen);
            }
            poll(Duration.ofMillis(200));
        }
    }

    public RecordedEvent awaitType(String type, Duration timeout) {
        return await(e -> type.equals(e.type()), timeout);
    }

    /** Waits until {@code count} events matching {@code match} have been seen; returns them. */
    public List<RecordedEvent> awaitCount(Predicate<RecordedEvent> match, int count, Duration timeout) {
        Instant end = Instant.now().plus(timeout);
        while (true) {
            List<RecordedEvent> found = seen.stream().filter(match).toList();
            if (found.size() >= count) {
                return found;
            }
            if (Instant.now().isAfter(end)) {
                throw new AssertionError("saw " + found.size() + " of " + count + " expected events on " + topic
                        + " within " + timeout + ": " + found);
            }
            poll(Duration.ofMillis(200));
        }
    }

    /** Everything seen after reading for {@code quiet} more. */
    public List<RecordedEvent> drain(Duration quiet) {
        Instant end = Instant.now().plus(quiet);
        while (Instant.now().isBefore(end)) {
            poll(Duration.ofMillis(200));
        }
        return List.copyOf(seen);
    }

    private void poll(Duration timeout) {
        for (ConsumerRecord<String, String> r : consumer.poll(timeout)) {
            Map<String, String> headers = new LinkedHashMap<>();
            for (Header h : r.headers()) {
                headers.put(h.key(), h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8));
            }
            seen.add(new RecordedEvent(r.topic(), r.key(), headers.get("ce_id"), headers.get("ce_type"),
                    headers.get("ce_source"), headers.get("ce_subject"), headers.get("ce_time"), r.value(), headers));
        }
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(2));
    }
}
