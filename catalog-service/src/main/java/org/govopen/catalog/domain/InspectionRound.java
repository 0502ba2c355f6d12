package org.govopen.catalog.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A round of random inspection (三随机抽查巡检) organised by a government's disclosure office: the draw
 * ({@link InspectionDraw}) with its seed and the candidates it came from, so it can be drawn again and checked; the
 * findings hang off it; the report (通报) is published once every drawn unit and item has a finding.
 */
@Entity
@Table(name = "inspection_round")
public class InspectionRound extends PanacheEntityBase {

    @Id
    public UUID id;

    /** The government whose disclosure office inspects the units below it. */
    @Column(nullable = false)
    public String organiser;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public long seed;

    @Column(name = "window_from", nullable = false)
    public LocalDate windowFrom;

    @Column(name = "window_to", nullable = false)
    public LocalDate windowTo;

    @Column(name = "unit_count", nullable = false)
    public int unitCount;

    @Column(name = "item_count", nullable = false)
    public int itemCount;

    @Column(name = "repeat_draws", nullable = false)
    public boolean repeatDraws;

    /** Every unit that could have been drawn, sorted. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<String> candidates;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "drawn_units", nullable = false)
    public List<String> drawnUnits;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "drawn_items", nullable = false)
    public List<InspectionItem> drawnItems;

    /** The day drawn for the inspection (时间随机). */
    @Column(name = "inspect_on", nullable = false)
    public LocalDate inspectOn;

    @Column(name = "report_summary")
    public String reportSummary;

    @Column(name = "reported_on")
    public LocalDate reportedOn;

    @Column(name = "reported_by")
    public String reportedBy;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    public boolean isReported() {
        return reportedOn != null;
    }
}
