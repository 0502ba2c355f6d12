package org.govopen.console.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The open alert groups of one unit, by level and status (各单位告警统计). */
@Schema(name = "UnitAlertCount")
public record UnitCountView(
        @Schema(examples = "nanning/qingxiu") String unit,
        long breaches,
        long warnings,
        long notices,
        @Schema(description = "not acknowledged yet") long unacknowledged) {
}
