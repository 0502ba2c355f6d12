package org.govopen.commons.problem;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Parses query and path parameters so that a bad value is a 400 naming the parameter (a failed JAX-RS
 * conversion would only say 404 or 400 without a name).
 */
public final class Params {

    private Params() {
    }

    public static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(name, "不能为空，格式为 YYYY-MM-DD");
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(name, "不是合法日期（YYYY-MM-DD）：" + value);
        }
    }

    public static LocalDate optionalDate(String name, String value) {
        return value == null || value.isBlank() ? null : date(name, value);
    }
}
