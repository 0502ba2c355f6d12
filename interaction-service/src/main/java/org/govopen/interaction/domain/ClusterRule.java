package org.govopen.interaction.domain;

import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * Issue 10 §8: several messages on one matter ({@link MatterRule}) within a time window form a cluster, announced
 * to the opinion desk once. Configurable: the threshold ({@code govopen.interaction.clusters.threshold}, default 5)
 * and the window ({@code govopen.interaction.clusters.window}, default 24 h). A cluster stays the same cluster while
 * messages keep coming within the window of the last one: its last message at or after {@link #windowStart} of the new
 * one (the condition {@code Clusters} puts to the database).
 */
public final class ClusterRule {

    private ClusterRule() {
    }

    /** Whether {@code messagesInWindow} (this one included) make a cluster. */
    public static boolean isCluster(long messagesInWindow, int threshold) {
        return messagesInWindow >= threshold;
    }

    /** The earliest receipt time that still counts for a message at {@code at}: for its window, and for a cluster's last message. */
    public static OffsetDateTime windowStart(OffsetDateTime at, Duration window) {
        return at.minus(window);
    }
}
