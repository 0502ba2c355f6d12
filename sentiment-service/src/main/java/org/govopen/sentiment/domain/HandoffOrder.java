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
import java.util.UUID;

/**
 * A hand-off order (转办单): {@link Direction#OUT} — the desk hands an incident's facts to the responsible unit to
 * check, with a feedback deadline; {@link Direction#IN} — the province or city sends one down, with its own number
 * and deadline. Receipt is acknowledged, feedback given (interim, then final); the feedback deadline is a kernel
 * deadline, so an overdue one alerts once.
 */
@Entity
@Table(name = "handoff_order")
public class HandoffOrder extends PanacheEntityBase {

    public static final String AGGREGATE = "handoff-order";
    public static final String FEEDBACK = "feedback";

    public enum Direction { OUT, IN }

    /** 已转办 → 已签收 → 已阶段反馈 → 已最终反馈 */
    public enum State {
        ISSUED("已转办"), ACKNOWLEDGED("已签收"), INTERIM_FEEDBACK("已阶段反馈"), FINAL_FEEDBACK("已最终反馈");

        private final String label;

        State(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    @Id
    public UUID id;

    @Column(name = "incident_id", nullable = false)
    public UUID incidentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Direction direction;

    /** Ours ({@code ZB2026-000007}) for orders out; the sender's for orders in. */
    @Column(nullable = false)
    public String number;

    /** Who sent it: a unit path here, or the name of the province's or city's office. */
    @Column(name = "from_unit", nullable = false)
    public String fromUnit;

    @Column(name = "to_unit", nullable = false)
    public String toUnit;

    @Column(name = "facts_to_check", nullable = false)
    public String factsToCheck;

    @Column(name = "feedback_due_at", nullable = false)
    public OffsetDateTime feedbackDueAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public State state;

    @Column(name = "issued_at", nullable = false)
    public OffsetDateTime issuedAt;

    @Column(name = "acknowledged_at")
    public OffsetDateTime acknowledgedAt;

    @Column(name = "final_at")
    public OffsetDateTime finalAt;

    /** The feedback deadline passed without the final feedback. */
    @Column(nullable = false)
    public boolean overdue;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Version
    public long version;

    public String aggregateId() {
        return id.toString();
    }
}
