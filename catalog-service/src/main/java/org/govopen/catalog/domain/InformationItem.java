package org.govopen.catalog.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Information published under a catalogue entry (按目录公开). Title and body are stored already de-identified:
 * the public never sees what was typed in clear. Formed but not yet published, it has a publication deadline.
 */
@Entity
@Table(name = "information_item")
public class InformationItem extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "entry_id", nullable = false)
    public UUID entryId;

    @Column(nullable = false)
    public String unit;

    @Column(nullable = false)
    public String domain;

    @Column(nullable = false)
    public String title;

    public String body;

    public String link;

    @Column(name = "document_number")
    public String documentNumber;

    /** The day the information was formed or changed: the 20 working days count from it. */
    @Column(name = "formed_on", nullable = false)
    public LocalDate formedOn;

    @Column(name = "due_on", nullable = false)
    public LocalDate dueOn;

    @Column(name = "published_on")
    public LocalDate publishedOn;

    /** Published after {@link #dueOn}. */
    @Column(nullable = false)
    public boolean late;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    public boolean isPublished() {
        return publishedOn != null;
    }
}
