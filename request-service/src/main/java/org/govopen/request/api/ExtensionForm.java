package org.govopen.request.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.govopen.commons.validation.NotAfterToday;
import org.govopen.request.domain.ReplyPeriodRule;

public record ExtensionForm(@NotNull @Min(1) @Max(ReplyPeriodRule.MAX_EXTENSION_WORKING_DAYS) Integer workingDays,
                               @NotBlank @Size(max = 2000) String reason, @NotAfterToday LocalDate noticeOn) {
}
