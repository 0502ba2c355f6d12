package org.govopen.sentiment.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One step of a hand-off order's history: issued or received, acknowledged, feedback given, overdue. */
@Entity
@Table(name = "handoff_order_entry")
public class HandoffOrderEntry extends PanacheEntityBase {

    @Id
    public UUID id;

    /** The order entries were written in (two at one instant keep it); given by the database. */
    @Column(insertable = false, updatable = false)
    public Long seq;

    @Column(name = "order_id", nullable = false)
    public UUID orderId;

    @Column(nullable = false)
    public OffsetDateTime at;

    /** ISSUED, RECEIVED, ACKNOWLEDGED, INTERIM_FEEDBACK, FINAL_FEEDBACK, OVERDUE */
    @Column(nullable = false)
    public String action;

    @Column(nullable = false)
    public String actor;

    public String text;
}
