package org.govopen.request.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.govopen.commons.validation.NotAfterToday;
import org.govopen.request.domain.CorrectionRule;

/** The notice: everything to correct, at once, and the period for it. */
public record CorrectionNoticeForm(
        @NotBlank @Size(max = 4000) String items,
        @Min(1) @Max(CorrectionRule.MAX_PERIOD_WORKING_DAYS) Integer periodWorkingDays,
        @NotAfterToday LocalDate requestedOn) {
}
