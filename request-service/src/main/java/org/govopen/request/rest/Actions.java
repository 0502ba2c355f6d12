package org.govopen.request.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Small request bodies of actions that need little more than a date and a note. */
public final class Actions {

    private Actions() {
    }

    public record ReceiptConfirmation(LocalDate receivedOn) {
    }

    public record CorrectionArrival(LocalDate submittedOn) {
    }

    public record Note(@Size(max = 2000) String note) {
    }

    public record Payment(LocalDate paidOn) {
    }

    public record Withdrawal(LocalDate withdrawnOn, @Size(max = 2000) String note) {
    }

    public record DateOnly(@NotNull LocalDate date) {
    }
}
