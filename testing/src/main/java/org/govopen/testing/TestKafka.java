package org.govopen.testing;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;

/**
 * Where the test broker comes from, in order: the servers at {@value GovOpenTestResource#KAFKA_ENV},
 * else a KRaft broker started from Apache Kafka's own jars in its own JVM (one per test JVM), else a
 * Testcontainers Kafka when Docker works. Test classes share the broker and are kept apart by a topic
 * prefix of their own.
 */
public final class TestKafka {

    private static String bootstrapServers;
    private static LocalKafkaBroker broker;

    private TestKafka() {
    }

    public static synchronized String bootstrapServers() {
        if (bootstrapServers != null) {
            return bootstrapServers;
        }
        String external = System.getenv(GovOpenTestResource.KAFKA_ENV);
        if (external != null && !external.isBlank()) {
            bootstrapServers = external;
        } else if (brokerJarsAvailable()) {
            broker = LocalKafkaBroker.start();
            Runtime.getRuntime().addShutdownHook(new Thread(broker::close, "govopen-test-kafka-stop"));
            bootstrapServers = broker.bootstrapServers();
        } else if (DockerClientFactory.instance().isDockerAvailable()) {
            KafkaContainer container = new KafkaContainer("apache/kafka:4.1.1");
            container.start();
            bootstrapServers = container.getBootstrapServers();
        } else {
            LocalKafkaBroker.readClasspath(); // throws, saying what is missing
        }
        return bootstrapServers;
    }

    private static boolean brokerJarsAvailable() {
        try {
            LocalKafkaBroker.readClasspath();
            return true;
        } catch (IllegalStateException e) {
            return false;
        }
    }
}
