package org.govopen.sentiment.messaging;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The data of {@code govopen.alert.sentiment.early-warning} on {@code govopen.alerts}
 * (docs/events/govopen.alert.sentiment.early-warning.v1.json): a rule matched a signal; an incident is proposed.
 * {@code alertId} is derived from (rule, signal). No personal data.
 */
public record EarlyWarningAlert(String alertId, UUID ruleId, String rule, UUID signalId, String unit, String source,
                                long reach, String reason, OffsetDateTime raisedAt, String message) {
}
