package org.govopen.sentiment.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.govopen.sentiment.domain.EarlyWarning;
import org.govopen.sentiment.domain.IncidentKind;
import org.govopen.sentiment.domain.WarningRule;

/** Early-warning rules and warnings: bodies and views. */
public final class WarningForms {

    private WarningForms() {
    }

    /** A rule: every condition given must hold; at least one must be given. */
    @Schema(name = "WarningRule")
    public record Rule(
            @NotBlank @Size(max = 200) @Pattern(regexp = IncidentForms.UNIT_PATH, message = IncidentForms.UNIT_PATH_MESSAGE) String unit,
            @NotBlank @Size(max = 200) String name,
            @Size(max = 100) @Schema(description = "any of these phrases") List<@NotBlank @Size(max = 50) String> keywords,
            @Min(1) @Max(100_000_000_000L) @Schema(description = "reach (reads + reposts + comments) at least") Long reachAtLeast,
            @Min(1) @Max(100_000_000_000L) @Schema(description = "a rise of reach at least this much …") Long riseAtLeast,
            @Min(1) @Max(10_080) @Schema(description = "… within this many minutes") Integer riseWithinMinutes,
            @Size(max = 7) List<@NotNull IncidentKind> kinds,
            @Schema(description = "true if omitted") Boolean enabled) {
    }

    public record RuleView(UUID id, String unit, String name, List<String> keywords, Long reachAtLeast, Long riseAtLeast,
                           Integer riseWithinMinutes, List<String> kinds, boolean enabled, OffsetDateTime createdAt) {
        public static RuleView of(WarningRule r) {
            return new RuleView(r.id, r.unit, r.name, List.of(r.keywords), r.reachAtLeast, r.riseAtLeast,
                    r.riseWithinSeconds == null ? null : (int) (r.riseWithinSeconds / 60), List.of(r.kinds), r.enabled, r.createdAt);
        }
    }

    public record WarningView(UUID id, UUID ruleId, UUID signalId, String unit, OffsetDateTime raisedAt, String reason,
                              EarlyWarning.State state, UUID incidentId, OffsetDateTime decidedAt, String decidedBy) {
        public static WarningView of(EarlyWarning w) {
            return new WarningView(w.id, w.ruleId, w.signalId, w.unit, w.raisedAt, w.reason, w.state, w.incidentId,
                    w.decidedAt, w.decidedBy);
        }
    }

    /** Accepting a warning establishes an incident from its signal. */
    @Schema(name = "AcceptWarning")
    public record Accept(@NotBlank @Size(max = 300) String title, org.govopen.sentiment.domain.IncidentLevel level) {
    }

    @Schema(name = "DismissWarning")
    public record Dismiss(@NotBlank @Size(max = 2000) String reason) {
    }
}
