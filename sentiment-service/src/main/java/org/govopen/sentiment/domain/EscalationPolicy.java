package org.govopen.sentiment.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A unit's escalation chain; incidents copy it when they open. Units without one use the shipped chain. */
@Entity
@Table(name = "escalation_policy")
public class EscalationPolicy extends PanacheEntityBase {

    @Id
    public String unit;

    @Column(nullable = false)
    public String[] steps;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;
}
