package org.govopen.request.service;

import java.time.LocalDate;
import org.govopen.commons.problem.InvalidInputException;

/** Impossible dates are a 400 naming the field (a reply before receipt, a payment before the notice). */
final class Dates {

    private Dates() {
    }

    static void notBefore(String field, LocalDate date, LocalDate earliest, String earliestName) {
        if (earliest != null && date.isBefore(earliest)) {
            throw new InvalidInputException(field, "不能早于" + earliestName + " " + earliest);
        }
    }

    static void notAfterToday(String field, LocalDate date, LocalDate today) {
        if (date.isAfter(today)) {
            throw new InvalidInputException(field, "不能晚于今天（" + today + "）");
        }
    }
}
