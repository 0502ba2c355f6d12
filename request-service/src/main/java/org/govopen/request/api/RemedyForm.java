package org.govopen.request.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.govopen.commons.validation.NotAfterToday;
import org.govopen.request.domain.RemedyKind;
import org.govopen.request.domain.RemedyResult;

public record RemedyForm(@NotNull RemedyKind kind, @NotNull @NotAfterToday LocalDate filedOn, @NotNull RemedyResult result,
                           @NotAfterToday LocalDate decidedOn, @Size(max = 2000) String note) {
}
