package org.govopen.console.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An alert group (告警组): the alerts of one case of one service — an application's reply deadline warning and breach,
 * an incident's missed windows — acknowledged, assigned and resolved together. Its id is derived from (service,
 * aggregate type, aggregate id), so the same case is always the same group, also after it was resolved and reopened
 * (Grafana OnCall #4998: groups that came back with new ids).
 */
@Entity
@Table(name = "alert_group")
public class AlertGroup {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String service;

    @Column(name = "aggregate_type", nullable = false)
    public String aggregateType;

    @Column(name = "aggregate_id", nullable = false)
    public String aggregateId;

    public String unit;

    public String ref;

    @Column(nullable = false)
    public String label;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AlertLevel level;

    @Column(name = "level_rank", nullable = false)
    public int levelRank;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AlertStatus status;

    @Column(name = "due_at")
    public OffsetDateTime dueAt;

    @Column(nullable = false)
    public String message;

    @Column(name = "first_alert_at", nullable = false)
    public OffsetDateTime firstAlertAt;

    @Column(name = "last_alert_at", nullable = false)
    public OffsetDateTime lastAlertAt;

    @Column(name = "alert_count", nullable = false)
    public int alertCount;

    @Column(name = "duplicate_count", nullable = false)
    public int duplicateCount;

    public String assignee;

    @Column(name = "acknowledged_by")
    public String acknowledgedBy;

    @Column(name = "acknowledged_at")
    public OffsetDateTime acknowledgedAt;

    @Column(name = "resolved_by")
    public String resolvedBy;

    @Column(name = "resolved_at")
    public OffsetDateTime resolvedAt;

    public String resolution;

    @Column(name = "reminders_sent", nullable = false)
    public int remindersSent;

    @Column(name = "next_reminder_at")
    public OffsetDateTime nextReminderAt;

    @Version
    public long version;

    /** The id of the group of a case: the same for every alert of it, whichever replica receives them. */
    public static UUID idOf(String service, String aggregateType, String aggregateId) {
        return UUID.nameUUIDFromBytes((service + "|" + aggregateType + "|" + aggregateId).getBytes(StandardCharsets.UTF_8));
    }

    public void setLevel(AlertLevel level) {
        this.level = level;
        this.levelRank = level.rank;
    }

    public boolean isOpen() {
        return status != AlertStatus.RESOLVED;
    }
}
