package org.govopen.catalog.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A unit (单位) of the tree, identified by its path ({@code nanning/qingxiu/xinzhu}); the scope of every staff
 * user. It keeps its own catalogue and its own settings for the configurable rules.
 */
@Entity
@Table(name = "unit")
public class Unit extends PanacheEntityBase {

    @Id
    public String path;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public UnitKind kind;

    @Column(name = "parent_path")
    public String parentPath;

    /** For departments: the domains whose catalogues they review. */
    @Convert(converter = StringListConverter.class)
    @Column(name = "review_domains", nullable = false)
    public List<String> reviewDomains = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "recheck_cycle", nullable = false)
    public RecheckCycle recheckCycle;

    /** Working days the reviewing department has for a submitted entry. */
    @Column(name = "review_working_days", nullable = false)
    public int reviewWorkingDays;

    /** A fixed day from the unit's timeline by which reviews must be done (审核完毕), when it has one. */
    @Column(name = "review_by")
    public LocalDate reviewBy;

    /** Distinct applicants for one document that make it a candidate for 主动公开. */
    @Column(name = "conversion_applicants", nullable = false)
    public int conversionApplicants;

    /** Applications for one document that make it a candidate for 主动公开. */
    @Column(name = "conversion_applications", nullable = false)
    public int conversionApplications;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
