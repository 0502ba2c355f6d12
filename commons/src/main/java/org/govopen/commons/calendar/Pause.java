package org.govopen.commons.calendar;

import java.time.LocalDate;

/**
 * Time not counted (不计算在期限内): the clock stops on {@code stop} and restarts on {@code restart}.
 * Rules.md §1: the due date moves later by the working days in (stop, restart].
 */
public record Pause(LocalDate stop, LocalDate restart) {

    public Pause {
        if (stop == null || restart == null) {
            throw new IllegalArgumentException("a pause needs both its stop day and its restart day");
        }
        if (restart.isBefore(stop)) {
            throw new IllegalArgumentException("a pause cannot restart (" + restart + ") before it stops (" + stop + ")");
        }
    }

    /** Parses {@code STOP..RESTART}, e.g. {@code 2026-03-02..2026-03-10}. */
    public static Pause parse(String text) {
        int sep = text == null ? -1 : text.indexOf("..");
        if (sep < 0) {
            throw new IllegalArgumentException("a pause is written STOP..RESTART, e.g. 2026-03-02..2026-03-10");
        }
        return new Pause(LocalDate.parse(text.substring(0, sep).trim()), LocalDate.parse(text.substring(sep + 2).trim()));
    }

    @Override
    public String toString() {
        return stop + ".." + restart;
    }
}
