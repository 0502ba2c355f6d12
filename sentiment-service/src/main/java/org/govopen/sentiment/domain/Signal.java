package org.govopen.sentiment.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A signal (监测信息): one post, article or video a monitoring feed picked up, or a cluster of citizens' messages
 * on one matter. Deduplicated by its URL and by a hash of its content: a repeat raises the reach figures and the
 * count of sightings, never makes a second signal. Text is stored with personal data masked.
 */
@Entity
@Table(name = "signal")
public class Signal extends PanacheEntityBase {

    @Id
    public UUID id;

    /** The unit whose opinion desk it reached (a unit path). */
    @Column(nullable = false)
    public String unit;

    /** The feed or platform (微博, 抖音, 本地论坛, 12345 …). */
    @Column(nullable = false)
    public String source;

    public String url;

    @Column(name = "url_key")
    public String urlKey;

    @Column(name = "content_hash", nullable = false)
    public String contentHash;

    @Column(nullable = false)
    public String title;

    public String body;

    @Column(name = "author_handle")
    public String authorHandle;

    /** Where it concerns (a unit path), when the feed knows. */
    public String place;

    @Enumerated(EnumType.STRING)
    public IncidentKind kind;

    public long reads;
    public long reposts;
    public long comments;
    public int sightings;

    @Column(name = "first_seen_at", nullable = false)
    public OffsetDateTime firstSeenAt;

    @Column(name = "last_seen_at", nullable = false)
    public OffsetDateTime lastSeenAt;

    @Column(name = "received_at", nullable = false)
    public OffsetDateTime receivedAt;

    @Column(name = "incident_id")
    public UUID incidentId;

    @Version
    public long version;

    /** Reads + reposts + comments: the one figure warning thresholds compare. */
    public long reach() {
        return reads + reposts + comments;
    }
}
