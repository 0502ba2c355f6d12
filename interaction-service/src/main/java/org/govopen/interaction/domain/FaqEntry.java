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
 * A question and its answer in the knowledge base (知识库), kept by an office's staff: a message that closely matches
 * a question is proposed as simple and common (简单常见问题, 1 working day), with the answer as the draft reply.
 */
@Entity
@Table(name = "faq_entry")
public class FaqEntry extends PanacheEntityBase {

    @Id
    public UUID id;

    /** The office that keeps it; it serves that unit and below. */
    @Column(nullable = false)
    public String unit;

    @Column(nullable = false)
    public String question;

    @Column(nullable = false)
    public String answer;

    /** The question's words ({@code ChineseTerms.forText}), what a message is matched by. */
    @Column(nullable = false)
    public String[] terms;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    public long version;
}
