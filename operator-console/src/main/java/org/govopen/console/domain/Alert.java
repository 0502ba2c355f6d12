package org.govopen.console.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One alert (告警) as a service raised it on {@code govopen.alerts}: a deadline's warning or breach, an opinion
 * incident's escalation, an early warning, a notice — or the news that one is over. Stored once by its id; a
 * redelivery adds to {@link #duplicates}.
 */
@Entity
@Table(name = "alert")
public class Alert {

    /** What an alert says of its case. */
    public enum Level {
        BREACH, WARNING, NOTICE, RESOLVED;

        public AlertLevel groupLevel() {
            return switch (this) {
                case BREACH -> AlertLevel.BREACH;
                case WARNING -> AlertLevel.WARNING;
                case NOTICE -> AlertLevel.NOTICE;
                case RESOLVED -> throw new IllegalStateException("a resolution raises nothing");
            };
        }
    }

    @Id
    @Column(name = "alert_id")
    public String alertId;

    @Column(name = "group_id", nullable = false)
    public UUID groupId;

    @Column(name = "event_type", nullable = false)
    public String eventType;

    /** The deadline's kind ({@code reply}, {@code correction} …), or the alert's own (escalation, early-warning). */
    @Column(nullable = false)
    public String kind;

    public String stage;

    @Column(nullable = false)
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    public Level level;

    @Column(nullable = false)
    public String message;

    @Column(name = "due_at")
    public OffsetDateTime dueAt;

    @Column(name = "fired_at", nullable = false)
    public OffsetDateTime firedAt;

    @Column(name = "received_at", nullable = false)
    public OffsetDateTime receivedAt;

    /** Over: its kind was resolved in its service after it fired (or it is the resolution itself). */
    @Column(nullable = false)
    public boolean resolved;

    @Column(nullable = false)
    public int duplicates;
}
