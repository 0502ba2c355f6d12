package org.govopen.request.api;

import java.time.LocalDate;
import org.govopen.commons.validation.NotAfterToday;

public record CorrectionArrivalForm(@NotAfterToday LocalDate submittedOn) {
}
