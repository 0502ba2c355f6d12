package org.govopen.interaction.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Several messages on one matter within a time window ({@link ClusterRule}): announced once on
 * {@code govopen.interaction.events} so that the opinion desk sees them as one signal; it keeps counting afterwards.
 */
@Entity
@Table(name = "message_cluster")
public class MessageCluster extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "office_unit", nullable = false)
    public String officeUnit;

    @Column(name = "matter_key", nullable = false)
    public String matterKey;

    /** The matter as people wrote it (the first message's subject, masked). */
    @Column(nullable = false)
    public String title;

    /** Where the matter is (the unit addressed), when known. */
    public String place;

    @Column(name = "message_count", nullable = false)
    public int messageCount;

    @Column(name = "first_message_at", nullable = false)
    public OffsetDateTime firstMessageAt;

    @Column(name = "last_message_at", nullable = false)
    public OffsetDateTime lastMessageAt;

    @Column(name = "announced_at", nullable = false)
    public OffsetDateTime announcedAt;

    @Version
    public long version;
}
