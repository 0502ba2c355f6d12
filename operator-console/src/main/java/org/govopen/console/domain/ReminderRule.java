package org.govopen.console.domain;

import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * Re-announcement of what nobody took (再次提醒): a breach that no operator has acknowledged is announced again every
 * {@code interval}, up to {@code maxCount} times; acknowledging or resolving the group stops it at once. The next
 * reminder's time is stored on the group, so it comes once per interval across restarts and replicas (alerta #957:
 * reminders that never came because a housekeeping job was not scheduled; oncall #4760: notifications after an
 * acknowledgement).
 */
public record ReminderRule(Duration interval, int maxCount) {

    public ReminderRule {
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("the reminder interval must be positive: " + interval);
        }
        if (maxCount < 0) {
            throw new IllegalArgumentException("the reminder count must not be negative: " + maxCount);
        }
    }

    /** Whether a group waits for reminders: open (nobody took it), with a breach, and reminders left. */
    public boolean applies(AlertGroup g) {
        return g.status == AlertStatus.OPEN && g.level == AlertLevel.BREACH && g.remindersSent < maxCount;
    }

    /** When the group's next reminder is due, counted from {@code from} (its breach, or its last reminder); null: none. */
    public OffsetDateTime nextAfter(AlertGroup g, OffsetDateTime from) {
        return applies(g) ? from.plus(interval) : null;
    }
}
