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

/** An escalation (升级督办) of an incident, caused by the breach of one of its windows. */
@Entity
@Table(name = "escalation")
public class Escalation extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "incident_id", nullable = false)
    public UUID incidentId;

    @Column(nullable = false)
    public int step;

    @Enumerated(EnumType.STRING)
    @Column(name = "step_kind", nullable = false)
    public EscalationStep stepKind;

    @Column(nullable = false)
    public String unit;

    @Enumerated(EnumType.STRING)
    @Column(name = "window_kind", nullable = false)
    public ResponseWindowKind windowKind;

    @Column(nullable = false)
    public OffsetDateTime at;
}
