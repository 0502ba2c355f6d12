package org.govopen.sentiment.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.govopen.commons.validation.NotAfterToday;
import org.govopen.sentiment.domain.IncidentLevel;

/** The request bodies of the hand-off order endpoints. */
public final class OrderForms {

    private OrderForms() {
    }

    /** An order out: the desk hands an incident's facts to the responsible unit. */
    @Schema(name = "NewHandoffOrder")
    public record Issue(
            @NotNull UUID incidentId,
            @NotBlank @Size(max = 200) @Pattern(regexp = IncidentForms.UNIT_PATH, message = IncidentForms.UNIT_PATH_MESSAGE)
            @Schema(description = "the unit that must check the facts", examples = "nanning/qingxiu/xinzhu") String toUnit,
            @NotBlank @Size(max = 8000) @Schema(description = "the facts to check (核查事项)") String factsToCheck,
            @NotNull @Schema(description = "when the final feedback is due") OffsetDateTime feedbackDueAt) {
    }

    /** An order in: the province or city sends one down; it establishes an incident (上级转办). */
    @Schema(name = "InboundHandoffOrder")
    public record Inbound(
            @NotBlank @Size(max = 100) @Schema(description = "the sender's number", examples = "桂舆转〔2026〕15号") String number,
            @NotBlank @Size(max = 200) @Schema(description = "the sending office", examples = "南宁市政务公开办公室") String from,
            @NotBlank @Size(max = 200) @Pattern(regexp = IncidentForms.UNIT_PATH, message = IncidentForms.UNIT_PATH_MESSAGE)
            @Schema(description = "the unit it is sent to", examples = "nanning/qingxiu") String toUnit,
            @NotBlank @Size(max = 300) String title,
            @NotBlank @Size(max = 8000) String factsToCheck,
            @NotAfterToday @Schema(description = "when it arrived; now if omitted — the incident is established then") OffsetDateTime receivedAt,
            @NotNull OffsetDateTime feedbackDueAt,
            @Schema(description = "the level the sender gives, 一般 if omitted") IncidentLevel level) {
    }

    @Schema(name = "HandoffFeedback")
    public record Feedback(@NotBlank @Size(max = 8000) String text,
                           @Schema(description = "true: the final feedback (最终反馈), which closes the deadline") Boolean last) {
    }

    @Schema(name = "HandoffAcknowledgement")
    public record Acknowledge(@Size(max = 2000) String note) {
    }
}
