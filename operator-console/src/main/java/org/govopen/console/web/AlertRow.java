package org.govopen.console.web;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import org.govopen.commons.calendar.WorkdayCalendar;
import org.govopen.console.api.AlertGroupView;
import org.govopen.console.domain.AlertLevel;
import org.govopen.console.domain.AlertStatus;

/** One alert group as a line of the page: its labels in Chinese and the time left (or overdue by) at {@code now}. */
public record AlertRow(AlertGroupView group, String levelLabel, String statusLabel, String serviceLabel, String due,
                       String timeLeft, boolean overdue, boolean acknowledgeable, boolean open) {

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("M月d日 HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("M月d日");

    public static AlertRow of(AlertGroupView g, OffsetDateTime now) {
        String due = g.dueAt() == null ? "—" : due(g.dueAt());
        String left = "—";
        boolean overdue = false;
        if (g.dueAt() != null) {
            Duration d = Duration.between(now, g.dueAt());
            overdue = d.isNegative();
            left = (overdue ? "已超期 " : "剩余 ") + span(d.abs());
        }
        return new AlertRow(g, g.level().label, g.status().label, serviceLabel(g.service()), due, left, overdue,
                g.status() == AlertStatus.OPEN, g.status() != AlertStatus.RESOLVED);
    }

    /** The css class of the row: its level. */
    public String css() {
        return group.level() == AlertLevel.BREACH ? "breach" : group.level() == AlertLevel.WARNING ? "warning" : "notice";
    }

    /** The due time as people say it: a deadline at the end of a day is that day's 24:00, not the next day's 00:00. */
    static String due(OffsetDateTime dueAt) {
        var at = dueAt.atZoneSameInstant(WorkdayCalendar.ZONE).toLocalDateTime();
        if (at.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)) {
            return at.minusDays(1).format(DAY) + " 24:00";
        }
        return at.format(AT);
    }

    static String span(Duration d) {
        long minutes = d.toMinutes();
        long days = minutes / (24 * 60);
        long hours = minutes / 60 % 24;
        long mins = minutes % 60;
        if (days > 0) {
            return days + "天" + (hours > 0 ? hours + "小时" : "");
        }
        if (hours > 0) {
            return hours + "小时" + (mins > 0 ? mins + "分" : "");
        }
        return Math.max(mins, 0) + "分钟";
    }

    static String serviceLabel(String service) {
        return switch (service) {
            case "catalog" -> "主动公开";
            case "request" -> "依申请公开";
            case "sentiment" -> "舆情回应";
            case "interaction" -> "政民互动";
            default -> service;
        };
    }
}
