package org.govopen.request.api;

import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.govopen.request.domain.ApplicationState;

/** What registration answers: the case number, the applicant's tracking code and secret, and the due date. */
public record RegistrationReceiptView(
        UUID id,
        String caseNumber,
        @Schema(description = "with the secret, lets the applicant follow the case") String trackingCode,
        @Schema(description = "shown once; keep it: it is stored only as a hash") String trackingSecret,
        ApplicationState state,
        LocalDate receivedOn,
        @Schema(description = "null until the receipt date is confirmed (online, fax, ordinary letter)") DueView due,
        String notice,
        boolean excessive) {
}
