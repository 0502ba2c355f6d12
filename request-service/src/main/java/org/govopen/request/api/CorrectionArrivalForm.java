package org.govopen.request.api;

import java.time.LocalDate;

public record CorrectionArrivalForm(LocalDate submittedOn) {
}
