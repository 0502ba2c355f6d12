package org.govopen.sentiment.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * A public-opinion incident (政务舆情事件). {@link #establishedAt} — when the incident was established (确认) —
 * starts every response window and never moves, except to an earlier time when an incident established earlier
 * is merged into it. The escalation chain is copied from the unit's policy when the incident opens.
 */
@Entity
@Table(name = "incident")
public class Incident extends PanacheEntityBase {

    public static final String AGGREGATE = "incident";

    @Id
    public UUID id;

    /** 舆情编号, e.g. {@code YQ2026-000042}. */
    @Column(nullable = false)
    public String number;

    /** The unit whose desk handles it (the incident's owner for scope checks). */
    @Column(nullable = false)
    public String unit;

    @Column(nullable = false)
    public String title;

    public String summary;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public IncidentOrigin origin;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public IncidentState state;

    @Column(name = "established_at", nullable = false)
    public OffsetDateTime establishedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public IncidentLevel level;

    @Enumerated(EnumType.STRING)
    public IncidentKind kind;

    /** 有重大人员伤亡或社会影响面广: a major incident owes a press conference too. */
    @Column(name = "major_impact", nullable = false)
    public boolean majorImpact;

    /** Whether 研判 has been done (until then the level is the provisional one given at opening). */
    @Column(nullable = false)
    public boolean assessed;

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

    @Column(name = "beyond_platform", nullable = false)
    public boolean beyondPlatform;

    /** The escalation policy of {@link #unit} when the incident opened (frozen). */
    @Column(name = "escalation_chain", nullable = false)
    public String[] escalationChain;

    /** Index into {@link #escalationChain}: 0 until a window is breached. */
    @Column(name = "escalation_step", nullable = false)
    public int escalationStep;

    @Column(name = "merged_into")
    public UUID mergedInto;

    @Column(name = "closed_at")
    public OffsetDateTime closedAt;

    @Column(name = "closing_note")
    public String closingNote;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    public long version;

    public String aggregateId() {
        return id.toString();
    }

    public List<EscalationStep> chain() {
        return Arrays.stream(escalationChain).map(EscalationStep::valueOf).toList();
    }

    public EscalationRule.Rung rung() {
        return EscalationRule.rung(chain(), escalationStep, responsibleGovernment);
    }
}
