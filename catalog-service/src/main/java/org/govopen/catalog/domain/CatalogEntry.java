package org.govopen.catalog.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A catalogue entry (公开事项) of a unit: its working copy and where it stands; what was published is in
 * {@link EntryVersion}, one row per version.
 */
@Entity
@Table(name = "catalog_entry")
public class CatalogEntry extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String unit;

    @Column(nullable = false)
    public String domain;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public EntryState state;

    /** The latest published version; null until first published. */
    @Column(name = "published_version")
    public Integer publishedVersion;

    @Embedded
    public EntryElements elements = new EntryElements();

    /** The reviewer's comments when the entry was last returned. */
    @Column(name = "review_comment")
    public String reviewComment;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    public int nextVersion() {
        return publishedVersion == null ? 1 : publishedVersion + 1;
    }

    public String aggregateId() {
        return id.toString();
    }
}
