package org.govopen.catalog.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A published version of an entry: immutable, readable for ever (动态调整 keeps the history). */
@Entity
@Table(name = "entry_version")
@IdClass(EntryVersion.Key.class)
public class EntryVersion extends PanacheEntityBase {

    public record Key(UUID entryId, int version) implements Serializable {
        public Key() {
            this(null, 0);
        }
    }

    @Id
    @Column(name = "entry_id")
    public UUID entryId;

    @Id
    public int version;

    @Column(nullable = false)
    public String unit;

    @Column(nullable = false)
    public String domain;

    @Embedded
    public EntryElements elements = new EntryElements();

    @Column(name = "published_at", nullable = false)
    public OffsetDateTime publishedAt;

    @Column(name = "published_by", nullable = false)
    public String publishedBy;

    @Column(name = "approved_by")
    public String approvedBy;

    public static Optional<EntryVersion> of(UUID entryId, int version) {
        return find("entryId = ?1 and version = ?2", entryId, version).firstResultOptional();
    }

    public static List<EntryVersion> allOf(UUID entryId) {
        return list("entryId = ?1 order by version", entryId);
    }
}
