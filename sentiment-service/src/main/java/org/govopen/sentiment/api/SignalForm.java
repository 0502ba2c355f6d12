package org.govopen.sentiment.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.govopen.commons.validation.NotAfterToday;
import org.govopen.sentiment.domain.IncidentKind;

/** A signal pushed by a monitoring feed (or entered by the desk): what was seen, where, and how far it reached. */
@Schema(name = "Signal")
public record SignalForm(
        @NotBlank @Size(max = 200) @Pattern(regexp = IncidentForms.UNIT_PATH, message = IncidentForms.UNIT_PATH_MESSAGE)
        @Schema(description = "the unit whose opinion desk it is for", examples = "nanning/qingxiu") String unit,
        @NotBlank @Size(max = 100) @Schema(examples = "微博") String source,
        @Size(max = 2000) @Pattern(regexp = "https?://\\S+", message = "须为 http(s) 地址") String url,
        @NotBlank @Size(max = 500) String title,
        @Size(max = 20000) String text,
        @Size(max = 200) @Schema(description = "the author's public handle on the platform") String authorHandle,
        @NotAfterToday @Schema(description = "when the feed saw it; now if omitted") OffsetDateTime seenAt,
        @Min(0) @Max(100_000_000_000L) Long reads,
        @Min(0) @Max(100_000_000_000L) Long reposts,
        @Min(0) @Max(100_000_000_000L) Long comments,
        @Size(max = 200) @Pattern(regexp = IncidentForms.UNIT_PATH, message = IncidentForms.UNIT_PATH_MESSAGE)
        @Schema(description = "where it concerns, a unit path", examples = "nanning/qingxiu/xinzhu") String place,
        @Schema(description = "the kind of opinion (seed 003), when the feed classifies") IncidentKind kind) {
}
