package org.govopen.sentiment.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A response window (回应时限) of an incident, next to its kernel deadline: what the evaluation needs once the
 * deadline is closed — met or late, by which response, with what lag.
 */
@Entity
@Table(name = "response_window")
public class ResponseWindow extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "incident_id", nullable = false)
    public UUID incidentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ResponseWindowKind kind;

    @Column(name = "due_at", nullable = false)
    public OffsetDateTime dueAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public WindowState state;

    /** The window's end passed without an answer (its breach alert went out). */
    @Column(nullable = false)
    public boolean breached;

    @Column(name = "response_id")
    public UUID responseId;

    @Column(name = "responded_at")
    public OffsetDateTime respondedAt;

    /** How late the answer came, in seconds; 0 when in time. */
    @Column(name = "lag_seconds")
    public Long lagSeconds;

    @Column(name = "opened_at", nullable = false)
    public OffsetDateTime openedAt;

    /** Answered by {@code response}: met if at or before the end, late (with the lag) after it. */
    public void answer(Response response) {
        responseId = response.id;
        respondedAt = response.respondedAt;
        long lag = Duration.between(dueAt, response.respondedAt).getSeconds();
        lagSeconds = Math.max(0, lag);
        state = response.respondedAt.isAfter(dueAt) ? WindowState.LATE : WindowState.MET;
    }
}
