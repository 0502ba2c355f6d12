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
 * What the inspector found for one drawn unit and item. A problem is to be rectified (整改) by {@link #rectifyBy}:
 * a kernel deadline warns before and breaches after; the unit's rectification closes it.
 */
@Entity
@Table(name = "inspection_finding")
public class InspectionFinding extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "round_id", nullable = false)
    public UUID roundId;

    @Column(nullable = false)
    public String unit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public InspectionItem item;

    @Column(nullable = false)
    public boolean conforms;

    @Column(nullable = false)
    public String description;

    @Column(name = "rectify_by")
    public LocalDate rectifyBy;

    @Column(name = "rectified_on")
    public LocalDate rectifiedOn;

    @Column(name = "rectification_note")
    public String rectificationNote;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    /** Rectified after the day set for it. */
    public boolean rectifiedLate() {
        return rectifiedOn != null && rectifyBy != null && rectifiedOn.isAfter(rectifyBy);
    }
}
