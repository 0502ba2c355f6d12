package org.govopen.request.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.govopen.commons.validation.NotAfterToday;
import org.govopen.request.domain.ConsultationResponse;

public record ConsultationAnswerForm(@NotNull ConsultationResponse response, @NotAfterToday LocalDate answeredOn,
                                 @Size(max = 2000) String note) {
}
