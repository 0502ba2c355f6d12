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
 * A major administrative decision (重大行政决策) in a government's yearly catalogue (重大行政决策事项目录): the matter
 * (决策事项), the department that prepares it (承办部门), when it is to be decided (决策时间) and whether a hearing is
 * held (是否听证). Its consultation, meetings and record hang off it.
 */
@Entity
@Table(name = "major_decision")
public class MajorDecision extends PanacheEntityBase {

    @Id
    public UUID id;

    /** The government whose catalogue it is in. */
    @Column(nullable = false)
    public String unit;

    @Column(nullable = false)
    public int year;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String department;

    /** The planned time of the decision: decided by the end of this day. */
    @Column(name = "planned_by", nullable = false)
    public LocalDate plannedBy;

    @Column(name = "hearing_required", nullable = false)
    public boolean hearingRequired;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DecisionStatus status;

    @Column(name = "withdrawn_reason")
    public String withdrawnReason;

    @Column(name = "decided_on")
    public LocalDate decidedOn;

    @Column(name = "decision_summary")
    public String decisionSummary;

    @Column(name = "decision_url")
    public String decisionUrl;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
