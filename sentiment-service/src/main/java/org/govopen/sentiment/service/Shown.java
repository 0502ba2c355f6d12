package org.govopen.sentiment.service;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import org.govopen.commons.calendar.WorkdayCalendar;

/** A time as a message to a user shows it: Beijing time, to the second ({@code 2026-11-02 09:00:00}). */
final class Shown {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private Shown() {
    }

    static String time(OffsetDateTime t) {
        return t.atZoneSameInstant(WorkdayCalendar.ZONE).format(FORMAT);
    }
}
