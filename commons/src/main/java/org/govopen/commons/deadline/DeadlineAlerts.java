package org.govopen.commons.deadline;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.govopen.commons.calendar.WorkdayCalendar;
import org.govopen.commons.events.Outbox;
import org.govopen.commons.events.Topics;

/**
 * Writes a deadline's alerts to {@code govopen.alerts} through the outbox, in the caller's transaction. The id of
 * an alert is derived from (deadline, generation, stage), so the same alert written twice has one id.
 */
@ApplicationScoped
public class DeadlineAlerts {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");

    @Inject
    Outbox outbox;

    @ConfigProperty(name = "govopen.service-name")
    String serviceName;

    /** The {@code number}-th warning point (1, 2, …) of {@code d} has come. */
    DeadlineAlert warning(Deadline d, int number, OffsetDateTime scheduled, OffsetDateTime now) {
        return write(d, DeadlineAlert.Level.WARNING, "warning-" + number, scheduled, now,
                "【期限预警】" + d.label + "将于" + due(d) + "到期，请及时办理");
    }

    DeadlineAlert breach(Deadline d, OffsetDateTime scheduled, OffsetDateTime now) {
        return write(d, DeadlineAlert.Level.BREACH, "breach", scheduled, now,
                "【已超期】" + d.label + "已于" + due(d) + "到期未办结");
    }

    /** What was raised of {@code d} is over: it was met or closed (or starts again). */
    DeadlineAlert resolved(Deadline d, OffsetDateTime now) {
        return write(d, DeadlineAlert.Level.RESOLVED, "resolved", null, now, "【已解除】" + d.label + "的期限提醒已解除");
    }

    private DeadlineAlert write(Deadline d, DeadlineAlert.Level level, String stage, OffsetDateTime scheduled,
                                OffsetDateTime now, String message) {
        // the first warning and the breach keep the ids they had before deadlines had several warning points
        String idStage = switch (stage) {
            case "warning-1" -> "WARNING";
            case "breach" -> "BREACH";
            default -> stage;
        };
        UUID alertId = UUID.nameUUIDFromBytes((d.id + ":" + d.generation + ":" + idStage).getBytes(StandardCharsets.UTF_8));
        DeadlineAlert alert = new DeadlineAlert(alertId.toString(), level, serviceName, d.kind, d.aggregateType,
                d.aggregateId, d.ref, d.label, d.unit, d.dueDate, d.dueAt, scheduled, now, d.provisional, message, stage);
        outbox.write(Topics.ALERTS, level.eventType(), d.aggregateId, alert, alertId);
        return alert;
    }

    /** The due day (a deadline at 24:00), or the day and minute (an opinion window in hours). */
    private static String due(Deadline d) {
        java.time.LocalDateTime at = d.dueAt.atZoneSameInstant(WorkdayCalendar.ZONE).toLocalDateTime();
        return at.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) && d.dueDate != null ? d.dueDate.format(DAY)
                : at.format(MINUTE);
    }
}
