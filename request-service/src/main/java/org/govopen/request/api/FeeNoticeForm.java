package org.govopen.request.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.govopen.commons.validation.NotAfterToday;
import org.govopen.request.domain.FeeMethod;

public record FeeNoticeForm(@NotNull FeeMethod method, @Min(0) @Max(1_000_000) Integer pages,
                               @NotAfterToday LocalDate notifiedOn, @NotAfterToday LocalDate noticeReceivedOn) {
}
