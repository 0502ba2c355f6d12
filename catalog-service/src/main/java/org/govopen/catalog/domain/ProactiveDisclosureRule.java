package org.govopen.catalog.domain;

import java.time.LocalDate;
import org.govopen.commons.calendar.WorkdayCalendar;

/**
 * Proactive information is published within 20 working days of being formed or changed (rules.md §2;
 * 条例第二十六条; seed 003), unless a law sets a shorter limit.
 */
public final class ProactiveDisclosureRule {

    public static final int WORKING_DAYS = 20;

    private ProactiveDisclosureRule() {
    }

    /** The last day on which information formed on {@code formedOn} may be published. */
    public static LocalDate dueOn(WorkdayCalendar calendar, LocalDate formedOn) {
        return calendar.dueDate(formedOn, WORKING_DAYS).dueDate();
    }

    public static boolean isLate(LocalDate dueOn, LocalDate publishedOn) {
        return publishedOn.isAfter(dueOn);
    }
}
