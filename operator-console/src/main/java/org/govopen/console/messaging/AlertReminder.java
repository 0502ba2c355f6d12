package org.govopen.console.messaging;

import java.time.OffsetDateTime;

/**
 * The data of {@code govopen.alert.reminder} on {@code govopen.alerts} (docs/events/govopen.alert.reminder.v1.json):
 * a breach nobody acknowledged, announced again (再次提醒) for the SMS and e-mail gateways. {@code reminderId} is
 * derived from the group and the number, so the same reminder written twice has one id. No personal data.
 */
public record AlertReminder(
        String reminderId,
        String groupId,
        int number,
        int maxCount,
        String alertId,
        String service,
        String aggregateType,
        String aggregateId,
        String ref,
        String label,
        String unit,
        OffsetDateTime dueAt,
        OffsetDateTime remindedAt,
        String message) {

    public static final String TYPE = "govopen.alert.reminder";
}
