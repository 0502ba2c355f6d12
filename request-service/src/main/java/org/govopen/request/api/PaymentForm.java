package org.govopen.request.api;

import java.time.LocalDate;

public record PaymentForm(LocalDate paidOn) {
}
