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

/** A government document (公文) registered with its disclosure attribute and its re-check schedule. */
@Entity
@Table(name = "document")
public class GovDocument extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String unit;

    /** 文号, e.g. 青政发〔2026〕3号. */
    @Column(name = "document_number")
    public String documentNumber;

    @Column(nullable = false)
    public String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DisclosureAttribute attribute;

    public String reason;

    @Column(name = "formed_on", nullable = false)
    public LocalDate formedOn;

    public String url;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DocumentStatus status;

    /** When the attribute must next be re-checked; null for proactive and obsolete documents. */
    @Column(name = "next_recheck_on")
    public LocalDate nextRecheckOn;

    @Column(name = "obsolete_on")
    public LocalDate obsoleteOn;

    @Column(name = "obsolete_reason")
    public String obsoleteReason;

    /** The published clean-up that announced this document obsolete. */
    @Column(name = "cleanup_id")
    public UUID cleanupId;

    /** 规章, 行政规范性文件 or another document: what table 二 of the annual report counts. */
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false)
    public DocumentKind kind = DocumentKind.OTHER;

    /** A policy document that must be published with its interpretation (政策解读, rules.md §2b). */
    @Column(name = "needs_interpretation", nullable = false)
    public boolean needsInterpretation;

    /** The drafting department (起草部门), responsible for the interpretation: 谁起草、谁解读. */
    @Column(name = "drafting_department")
    public String draftingDepartment;

    /** The day it was published on the website (proactive documents only); null until then. */
    @Column(name = "published_on")
    public LocalDate publishedOn;

    @Column(name = "published_by")
    public String publishedBy;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    public boolean isPublished() {
        return publishedOn != null;
    }

    public String aggregateId() {
        return id.toString();
    }
}
