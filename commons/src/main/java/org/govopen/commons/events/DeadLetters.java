package org.govopen.commons.events;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Puts one record a consumer cannot process on the service's dead-letter topic, as the connector's
 * {@code dead-letter-queue} failure strategy does (the record's key, value and headers, and {@code dead-letter-reason},
 * {@code dead-letter-topic}, {@code dead-letter-partition}, {@code dead-letter-offset}) — for a consumer that takes
 * records in batches, where the connector could only put the whole batch there. Waits for the broker's
 * acknowledgement: the caller acknowledges the batch only after every poison record of it is safely parked.
 */
@ApplicationScoped
public class DeadLetters {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @ConfigProperty(name = "govopen.service-name")
    String serviceName;

    @Inject
    KafkaConfig kafka;

    private KafkaProducer<String, String> producer;

    public void park(ConsumerRecord<String, String> record, Throwable reason) {
        ProducerRecord<String, String> out = new ProducerRecord<>(kafka.physical(Topics.deadLetter(serviceName)), record.key(),
                record.value());
        for (Header h : record.headers()) {
            out.headers().add(h.key(), h.value());
        }
        out.headers().add("dead-letter-reason", bytes(String.valueOf(reason.getMessage())));
        out.headers().add("dead-letter-topic", bytes(record.topic()));
        out.headers().add("dead-letter-partition", bytes(Integer.toString(record.partition())));
        out.headers().add("dead-letter-offset", bytes(Long.toString(record.offset())));
        try {
            producer().send(out).get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted parking a dead letter", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the dead-letter topic did not take record " + record.topic() + "/"
                    + record.partition() + "@" + record.offset(), e);
        }
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private synchronized KafkaProducer<String, String> producer() {
        if (producer == null) {
            Properties p = new Properties();
            p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
            p.put(ProducerConfig.ACKS_CONFIG, "all");
            p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
            p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "5000");
            p.put(ProducerConfig.CLIENT_ID_CONFIG, "govopen-dead-letters-" + serviceName);
            p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
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
