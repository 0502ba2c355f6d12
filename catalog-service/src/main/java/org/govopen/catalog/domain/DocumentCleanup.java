package org.govopen.catalog.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A published clean-up result: the documents a unit declared obsolete since its previous clean-up. */
@Entity
@Table(name = "document_cleanup")
public class DocumentCleanup extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String unit;

    public String note;

    @Column(name = "published_at", nullable = false)
    public OffsetDateTime publishedAt;

    @Column(name = "published_by", nullable = false)
    public String publishedBy;
}
