package org.govopen.sentiment.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One assessment (研判) of an incident, kept: a re-assessment adds a row, never rewrites one. */
@Entity
@Table(name = "assessment")
public class Assessment extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "incident_id", nullable = false)
    public UUID incidentId;

    @Column(nullable = false)
    public OffsetDateTime at;

    @Column(nullable = false)
    public String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public IncidentLevel level;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public IncidentKind kind;

    @Column(name = "major_impact", nullable = false)
    public boolean majorImpact;

    @Column(nullable = false)
    public String[] places;

    @Column(nullable = false)
    public String[] departments;

    @Column(name = "policy_of")
    public String policyOf;

    @Column(name = "responsible_government", nullable = false)
    public String responsibleGovernment;

    @Column(name = "lead_department")
    public String leadDepartment;

    @Column(name = "co_responders", nullable = false)
    public String[] coResponders;

    public String note;
}
