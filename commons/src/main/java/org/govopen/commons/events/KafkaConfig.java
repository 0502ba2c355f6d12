package org.govopen.commons.events;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** Topic naming and creation. */
@ConfigMapping(prefix = "govopen.kafka")
public interface KafkaConfig {

    /** Put before every topic name; tests use it to keep classes apart. */
    Optional<String> topicPrefix();

    /** Create missing topics at start-up (off where topics are managed elsewhere, e.g. Strimzi KafkaTopic). */
    @WithDefault("true")
    boolean createTopics();

    /** Overrides the partitions of govopen/topics.tsv for every topic that has more than one. */
    Optional<Integer> partitions();

    @WithDefault("1")
    short replicationFactor();

    default String physical(String topic) {
        return topicPrefix().orElse("") + topic;
    }
}
