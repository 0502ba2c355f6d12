package org.govopen.catalog.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One published version of a government's yearly catalogue of major decisions: what the website showed from
 * {@link #publishedOn}, kept unchanged so the catalogue's history (调整情况) can be read back. Versions after the
 * first say why the catalogue changed.
 */
@Entity
@Table(name = "decision_catalogue_version")
public class DecisionCatalogueVersion extends PanacheEntityBase {

    /** A decision as the version listed it. */
    public record Line(UUID decisionId, String title, String department, LocalDate plannedBy, boolean hearingRequired,
                       DecisionStatus status) {

        public static Line of(MajorDecision d) {
            return new Line(d.id, d.title, d.department, d.plannedBy, d.hearingRequired, d.status);
        }
    }

    @Id
    public UUID id;

    @Column(nullable = false)
    public String unit;

    @Column(nullable = false)
    public int year;

    @Column(nullable = false)
    public int version;

    @Column(name = "published_on", nullable = false)
    public LocalDate publishedOn;

    @Column(name = "published_by", nullable = false)
    public String publishedBy;

    @Column(name = "change_note")
    public String changeNote;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Line> lines;
}
