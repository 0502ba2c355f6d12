package org.govopen.console.api;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.govopen.console.domain.AlertGroup;
import org.govopen.console.domain.AlertGroupStateMachine;
import org.govopen.console.domain.AlertLevel;
import org.govopen.console.domain.AlertStatus;

/** An alert group as the operators see it: one case's alerts, how urgent, who has it. */
@Schema(name = "AlertGroup")
public record AlertGroupView(
        UUID id,
        @Schema(examples = "request") String service,
        @Schema(examples = "application") String aggregateType,
        String aggregateId,
        @Schema(examples = "nanning/qingxiu") String unit,
        @Schema(description = "the case's number for people, where the alert gave one") String ref,
        @Schema(examples = "申请 YS2026-000123 的答复期限") String label,
        AlertLevel level,
        AlertStatus status,
        @Schema(description = "the earliest due time of its unresolved alerts") OffsetDateTime dueAt,
        @Schema(description = "the latest alert's message") String message,
        OffsetDateTime firstAlertAt,
        OffsetDateTime lastAlertAt,
        int alertCount,
        @Schema(description = "deliveries of alerts already received (a redelivery is one alert)") int duplicateCount,
        String assignee,
        String acknowledgedBy,
        OffsetDateTime acknowledgedAt,
        String resolvedBy,
        OffsetDateTime resolvedAt,
        String resolution,
        @Schema(description = "reminders sent while nobody acknowledged the breach") int remindersSent,
        OffsetDateTime nextReminderAt,
        @Schema(description = "the case in its service's API, where the console knows it") String caseUrl,
        List<AlertGroupStateMachine.Action> allowedActions) {

    public static AlertGroupView of(AlertGroup g, String caseUrl) {
        return new AlertGroupView(g.id, g.service, g.aggregateType, g.aggregateId, g.unit, g.ref, g.label, g.level,
                g.status, g.dueAt, g.message, g.firstAlertAt, g.lastAlertAt, g.alertCount, g.duplicateCount, g.assignee,
                g.acknowledgedBy, g.acknowledgedAt, g.resolvedBy, g.resolvedAt, g.resolution, g.remindersSent,
                g.nextReminderAt, caseUrl, AlertGroupStateMachine.allowed(g.status));
    }
}
