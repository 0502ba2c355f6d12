package org.govopen.commons.calendar;

import java.time.LocalDate;
import java.util.Optional;

/** CDI event: a year's notice was loaded or replaced in this service's calendar. */
public record CalendarYearApplied(HolidayNotice notice, Optional<HolidayNotice> previous) {

    /** The first and last dates either version of the notice names: deadlines spanning them may move. */
    public LocalDate firstDate() {
        return bounds(true);
    }

    public LocalDate lastDate() {
        return bounds(false);
    }

    private LocalDate bounds(boolean first) {
        LocalDate out = null;
        for (HolidayNotice n : previous.map(p -> java.util.List.of(notice, p)).orElse(java.util.List.of(notice))) {
            for (Holiday h : n.holidays()) {
                for (LocalDate d : dates(h)) {
                    if (out == null || (first ? d.isBefore(out) : d.isAfter(out))) {
                        out = d;
                    }
                }
            }
        }
        return out == null ? LocalDate.of(notice.year(), 1, 1) : out;
    }

    private static java.util.List<LocalDate> dates(Holiday h) {
        java.util.List<LocalDate> all = new java.util.ArrayList<>(h.makeUpWorkdays());
        all.add(h.offDays().from());
        all.add(h.offDays().to());
        return all;
    }
}
