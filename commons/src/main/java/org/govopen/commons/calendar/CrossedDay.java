package org.govopen.commons.calendar;

import java.time.LocalDate;

/** A day a due date's count stepped over without counting it, or counted although it fell on a weekend. */
public record CrossedDay(LocalDate date, Kind kind, String name) {

    public enum Kind {
        /** a named statutory off day: not counted */
        HOLIDAY,
        /** a weekend day worked for a holiday: counted */
        MAKE_UP_WORKDAY,
        /** a working day inside a pause: not counted */
        PAUSED
    }
}
