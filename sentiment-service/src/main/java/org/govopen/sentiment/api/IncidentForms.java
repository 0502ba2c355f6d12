package org.govopen.sentiment.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.govopen.commons.validation.NotAfterToday;
import org.govopen.sentiment.domain.IncidentKind;
import org.govopen.sentiment.domain.IncidentLevel;
import org.govopen.sentiment.domain.ResponseChannel;
import org.govopen.sentiment.domain.ResponseKind;

/** The request bodies of the incident endpoints. */
public final class IncidentForms {

    static final String UNIT_PATH = org.govopen.commons.security.UnitScope.PATH_PATTERN;
    static final String UNIT_PATH_MESSAGE = "须为单位路径，如 nanning/qingxiu";

    private IncidentForms() {
    }

    /** Establishes an incident (确认舆情事件), by hand or from signals. */
    @Schema(name = "NewIncident")
    public record Open(
            @NotBlank @Size(max = 200) @Pattern(regexp = UNIT_PATH, message = UNIT_PATH_MESSAGE)
            @Schema(examples = "nanning/qingxiu") String unit,
            @NotBlank @Size(max = 300) String title,
            @Size(max = 8000) String summary,
            @NotAfterToday @Schema(description = "when it was established; every window counts from here; now if omitted")
            OffsetDateTime establishedAt,
            @Schema(description = "the provisional level until assessed; 一般 (ORDINARY) if omitted") IncidentLevel level,
            IncidentKind kind,
            @Schema(description = "有重大人员伤亡或社会影响面广") Boolean majorImpact,
            @Size(max = 20) List<@NotBlank @Size(max = 200) @Pattern(regexp = UNIT_PATH, message = UNIT_PATH_MESSAGE) String> places,
            @Size(max = 20) List<@NotBlank @Size(max = 100) String> departments,
            @Size(max = 500) @Schema(description = "signals it is established from") List<@NotNull UUID> signalIds) {
    }

    /** An assessment (研判); a later one re-assesses. */
    @Schema(name = "Assessment")
    public record Assess(
            @NotNull IncidentLevel level,
            @NotNull IncidentKind kind,
            @Schema(description = "有重大人员伤亡或社会影响面广") Boolean majorImpact,
            @NotEmpty @Size(max = 20) @Schema(description = "the places involved, unit paths")
            List<@NotBlank @Size(max = 200) @Pattern(regexp = UNIT_PATH, message = UNIT_PATH_MESSAGE) String> places,
            @Size(max = 20) @Schema(description = "the competent departments, the lead first")
            List<@NotBlank @Size(max = 100) String> departments,
            @Size(max = 200) @Pattern(regexp = UNIT_PATH, message = UNIT_PATH_MESSAGE)
            @Schema(description = "the government whose major policy or decision it is about") String policyOf,
            @Size(max = 4000) String note) {
    }

    /** A response given (回应). */
    @Schema(name = "Response")
    public record Respond(
            @NotNull ResponseKind kind,
            @NotNull @NotAfterToday @Schema(description = "when it was given (published)") OffsetDateTime respondedAt,
            @NotNull ResponseChannel channel,
            @Size(max = 2000) @Pattern(regexp = "https?://\\S+", message = "须为 http(s) 地址") String link,
            @NotBlank @Size(max = 20000) String text,
            @Schema(description = "the window it answers; by default every open window its kind answers") UUID windowId) {
    }

    @Schema(name = "AttachSignals")
    public record Attach(@NotEmpty @Size(max = 500) List<@NotNull UUID> signalIds) {
    }

    @Schema(name = "Merge")
    public record Merge(@NotNull @Schema(description = "the incident that carries on") UUID into,
                        @Size(max = 2000) String note) {
    }

    @Schema(name = "CloseIncident")
    public record Close(@NotBlank @Size(max = 4000) @Schema(description = "how it was settled") String note) {
    }
}
