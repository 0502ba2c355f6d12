package org.govopen.catalog.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** The outcome of a periodic re-check (自查/复核) of a document's attribute. */
@Entity
@Table(name = "document_recheck")
public class DocumentRecheck extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "document_id", nullable = false)
    public UUID documentId;

    @Column(name = "checked_on", nullable = false)
    public LocalDate checkedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "previous_attribute", nullable = false)
    public DisclosureAttribute previousAttribute;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DisclosureAttribute attribute;

    public String reason;

    @Column(name = "checked_by", nullable = false)
    public String checkedBy;

    @Column(nullable = false)
    public OffsetDateTime at;
}
