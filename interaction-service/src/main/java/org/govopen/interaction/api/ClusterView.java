package org.govopen.interaction.api;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.govopen.interaction.domain.MessageCluster;

/** A cluster of messages on one matter, as the desk sees it. */
public record ClusterView(UUID id, String officeUnit, String title, String place, int messageCount,
                          OffsetDateTime firstMessageAt, OffsetDateTime lastMessageAt, OffsetDateTime announcedAt) {

    public static ClusterView of(MessageCluster c) {
        return new ClusterView(c.id, c.officeUnit, c.title, c.place, c.messageCount, c.firstMessageAt, c.lastMessageAt,
                c.announcedAt);
    }
}
