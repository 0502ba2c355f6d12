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

/**
 * A policy interpretation (政策解读) of a document: its form and materials, the drafting department and who
 * interprets (谁起草、谁解读 — the department's head first). Published with its document, or on the day it is
 * added when the document is already public; then {@link #daysLate} records how long after the document.
 */
@Entity
@Table(name = "interpretation")
public class PolicyInterpretation extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "document_id", nullable = false)
    public UUID documentId;

    @Column(nullable = false)
    public String unit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public InterpretationForm form;

    @Column(nullable = false)
    public String title;

    public String content;

    @Column(name = "materials_url")
    public String materialsUrl;

    @Column(name = "drafting_department", nullable = false)
    public String draftingDepartment;

    @Column(nullable = false)
    public String interpreter;

    @Column(name = "interpreter_is_head", nullable = false)
    public boolean interpreterIsHead;

    /** Null while its document is not yet published. */
    @Column(name = "published_on")
    public LocalDate publishedOn;

    /** Calendar days after its document's publication; 0 when published together, null while unpublished. */
    @Column(name = "days_late")
    public Integer daysLate;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    public boolean isPublished() {
        return publishedOn != null;
    }
}
