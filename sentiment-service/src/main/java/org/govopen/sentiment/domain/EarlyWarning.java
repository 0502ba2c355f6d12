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

/** An early warning (预警) a rule raised on a signal: a proposed incident, accepted (established) or dismissed. */
@Entity
@Table(name = "early_warning")
public class EarlyWarning extends PanacheEntityBase {

    public enum State { PROPOSED, ACCEPTED, DISMISSED }

    @Id
    public UUID id;

    @Column(name = "rule_id", nullable = false)
    public UUID ruleId;

    @Column(name = "signal_id", nullable = false)
    public UUID signalId;

    @Column(nullable = false)
    public String unit;

    @Column(name = "raised_at", nullable = false)
    public OffsetDateTime raisedAt;

    @Column(nullable = false)
    public String reason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public State state;

    @Column(name = "incident_id")
    public UUID incidentId;

    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;

    @Column(name = "decided_by")
    public String decidedBy;
}
