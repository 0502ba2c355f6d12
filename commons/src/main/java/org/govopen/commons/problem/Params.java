package org.govopen.commons.problem;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.govopen.commons.validation.DateBounds;

/**
 * Parses query and path parameters so that a bad value is a 400 naming the parameter (a failed JAX-RS
 * conversion would only say 404 or 400 without a name). Dates must lie within {@link DateBounds}.
 */
public final class Params {

    private Params() {
    }

    public static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(name, "不能为空，格式为 YYYY-MM-DD");
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(name, "不是合法日期（YYYY-MM-DD）：" + value);
        }
        String outOfRange = DateBounds.problem(date);
        if (outOfRange != null) {
            throw new InvalidInputException(name, outOfRange);
        }
        return date;
    }

    public static LocalDate optionalDate(String name, String value) {
        return value == null || value.isBlank() ? null : date(name, value);
    }

    /** An enum constant by name, or null when the parameter is absent; a 400 listing the allowed values otherwise. */
    public static <E extends Enum<E>> E optionalEnum(Class<E> type, String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(name, "取值“" + value + "”无效，可选：" + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }

    /**
     * Enum constants from a repeatable parameter ({@code ?state=A&state=B} or {@code ?state=A,B}); each unknown value
     * is added to {@code problems} naming the parameter, so a resource can report all bad parameters in one 400.
     */
    public static <E extends Enum<E>> java.util.List<E> enums(Class<E> type, String name, java.util.List<String> values,
                                                               java.util.List<Violation> problems) {
        java.util.List<E> out = new java.util.ArrayList<>();
        if (values == null) {
            return out;
        }
        for (String v : values) {
            for (String part : v.split(",")) {
                if (part.isBlank()) {
                    continue;
                }
                try {
                    out.add(Enum.valueOf(type, part.trim()));
                } catch (IllegalArgumentException e) {
                    problems.add(new Violation(name, "未知取值：" + part.trim()));
                }
            }
        }
        return out;
    }
}
