package org.govopen.catalog.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A comment on a consultation's draft, sent through the public page. What is stored is what the public may see:
 * personal data in the text and the author's name are masked before it is kept (seed 002), and nothing shows
 * until staff have published it (审核后公开).
 */
@Entity
@Table(name = "consultation_comment")
public class ConsultationComment extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "consultation_id", nullable = false)
    public UUID consultationId;

    @Column(name = "received_at", nullable = false)
    public OffsetDateTime receivedAt;

    /** The author's name, masked (张**); null when left out. */
    public String author;

    @Column(nullable = false)
    public String content;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CommentStatus status;

    @Column(name = "moderated_at")
    public OffsetDateTime moderatedAt;

    @Column(name = "moderated_by")
    public String moderatedBy;

    @Column(name = "rejection_reason")
    public String rejectionReason;

    @Enumerated(EnumType.STRING)
    public Adoption adoption;

    @Column(name = "adoption_reason")
    public String adoptionReason;
}
