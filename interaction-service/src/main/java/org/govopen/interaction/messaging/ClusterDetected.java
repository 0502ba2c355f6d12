package org.govopen.interaction.messaging;

import java.time.OffsetDateTime;

/**
 * Several messages on one matter (contract with sentiment-service: docs/events/govopen.interaction.cluster.detected.v1.json),
 * on {@code govopen.interaction.events}, key and subject the cluster id. The title is the matter, masked.
 */
public record ClusterDetected(String clusterId, String unit, String place, String title, long messageCount,
                              OffsetDateTime firstMessageAt, OffsetDateTime lastMessageAt) {

    public static final String TYPE = "govopen.interaction.cluster.detected";
}
