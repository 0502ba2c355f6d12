package org.govopen.request.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.govopen.commons.validation.NotAfterToday;
import org.govopen.request.domain.ProvisionForm;
import org.govopen.request.domain.ReplyOutcome;

/** A reply: exactly one outcome of the annual-report rows and what that outcome needs. */
@Schema(name = "Reply")
public record ReplyForm(
        @NotNull @Schema(description = "the row of the annual report (三.4 = WITHHELD_THIRD_PARTY_RIGHTS …)") ReplyOutcome outcome,
        @Schema(description = "today if omitted") @NotAfterToday LocalDate repliedOn,
        @NotBlank @Size(max = 8000) @Schema(description = "the reply's substance, as the letter states it") String summary,
        ProvisionForm providedForm,
        @Size(max = 50) @Schema(description = "PARTIAL: each part withheld and why") List<@NotNull @Valid Withheld> withheld,
        @Size(max = 100) @Schema(description = "GRANTED, already public: the published item or document (catalog id)") String alreadyPublicId,
        @Valid @Schema(description = "UNABLE_NOT_HELD: the agency that holds it, when known") Agency competentAgency) {

    public record Withheld(@NotBlank @Size(max = 1000) String part, @NotNull ReplyOutcome reason) {
    }

    public record Agency(@NotBlank @Size(max = 200) String name, @Size(max = 300) String contact) {
    }
}
