package org.govopen.request.api;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.govopen.commons.validation.NotAfterToday;

public record WithdrawalForm(@NotAfterToday LocalDate withdrawnOn, @Size(max = 2000) String note) {
}
