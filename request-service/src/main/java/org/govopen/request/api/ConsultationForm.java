package org.govopen.request.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.govopen.commons.validation.NotAfterToday;
import org.govopen.request.domain.ConsultationParty;

public record ConsultationForm(@NotNull ConsultationParty party, @NotBlank @Size(max = 200) String partyName,
                                  @NotAfterToday LocalDate requestedOn) {
}
