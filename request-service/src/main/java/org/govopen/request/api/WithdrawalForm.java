package org.govopen.request.api;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;

public record WithdrawalForm(LocalDate withdrawnOn, @Size(max = 2000) String note) {
}
