package org.govopen.catalog.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A unit's annual report on government information disclosure (政府信息公开工作年度报告) of one year: the texts of
 * sections 一, 五 and 六 and the figures of table 二 that no register here holds (decisions on licences, penalties and
 * enforcement; fees collected, 万元), and how often the head heard the disclosure work. Everything else is counted
 * from the catalogue or taken from request-service when the report is generated.
 */
@Entity
@Table(name = "annual_report")
public class AnnualReport extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String unit;

    @Column(nullable = false)
    public int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ReportStatus status;

    /** 一、总体情况. */
    public String overview;

    /** 五、存在的主要问题及改进情况. */
    public String problems;

    /** 六、其他需要报告的事项. */
    @Column(name = "other_matters")
    public String otherMatters;

    @Column(name = "licensing_decisions")
    public Integer licensingDecisions;

    @Column(name = "punishment_decisions")
    public Integer punishmentDecisions;

    @Column(name = "enforcement_decisions")
    public Integer enforcementDecisions;

    @Column(name = "fees_ten_thousand_yuan")
    public BigDecimal feesTenThousandYuan;

    /** Times the unit's head heard a report on the disclosure work this year (seed 000: at least once). */
    @Column(name = "head_hearings")
    public Integer headHearings;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    @Column(name = "approved_on")
    public LocalDate approvedOn;

    @Column(name = "approved_by")
    public String approvedBy;

    @Column(name = "published_on")
    public LocalDate publishedOn;

    @Column(name = "published_by")
    public String publishedBy;
}
