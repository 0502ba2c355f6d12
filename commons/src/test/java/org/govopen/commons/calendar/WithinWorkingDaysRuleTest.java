package org.govopen.commons.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rules.md §1 "within N working days of D", "pauses" and "provisional"; expected dates worked out by hand. */
class WithinWorkingDaysRuleTest {

    final WorkdayCalendar calendar = BundledNotices.calendar();

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void dueDateIsTheNthWorkingDayStrictlyAfterD_acrossNationalDayAndAMakeUpSaturday() {
        DueDate due = calendar.dueDate(d("2026-09-30"), 20);
        assertEquals(d("2026-11-03"), due.dueDate());
        assertEquals(OffsetDateTime.parse("2026-11-04T00:00+08:00"), due.dueAt());
        assertFalse(due.provisional());
        assertEquals(7, due.weekendDays());
        assertEquals(8, due.crossed().size());
        assertEquals(new CrossedDay(d("2026-10-01"), CrossedDay.Kind.HOLIDAY, "国庆节"), due.crossed().get(0));
        assertEquals(new CrossedDay(d("2026-10-10"), CrossedDay.Kind.MAKE_UP_WORKDAY, "国庆节"), due.crossed().get(7));
    }

    @Test
    void dayDNeverCountsWhetherOrNotItIsAWorkingDay() {
        assertEquals(d("2026-10-09"), calendar.dueDate(d("2026-10-08"), 1).dueDate()); // D a working Thursday
        assertEquals(d("2026-10-08"), calendar.dueDate(d("2026-10-01"), 1).dueDate()); // D a holiday
        assertEquals(d("2026-11-23"), calendar.dueDate(d("2026-11-21"), 1).dueDate()); // D a Saturday
    }

    @Test
    void makeUpWorkdaysCount_springFestival2026() {
        assertEquals(d("2026-02-14"), calendar.dueDate(d("2026-02-13"), 1).dueDate());
        assertEquals(d("2026-02-24"), calendar.dueDate(d("2026-02-13"), 2).dueDate());
        assertEquals(d("2026-02-25"), calendar.dueDate(d("2026-02-13"), 3).dueDate());
    }

    @Test
    void countingRunsOverTheYearEndIntoTheNextNotice() {
        assertEquals(d("2025-12-31"), calendar.dueDate(d("2025-12-24"), 5).dueDate());
        // 2026-01-01..03 off, Sunday 01-04 worked
        DueDate due = calendar.dueDate(d("2025-12-24"), 6);
        assertEquals(d("2026-01-04"), due.dueDate());
        assertEquals(OffsetDateTime.parse("2026-01-05T00:00+08:00"), due.dueAt());
        assertFalse(due.provisional());
    }

    @Test
    void dueDateReachingAYearWithoutNoticeIsProvisionalAndCountsWeekendsOnly() {
        DueDate inside = calendar.dueDate(d("2026-12-24"), 5);
        assertEquals(d("2026-12-31"), inside.dueDate());
        assertFalse(inside.provisional());
        DueDate beyond = calendar.dueDate(d("2026-12-24"), 6);
        assertEquals(d("2027-01-01"), beyond.dueDate());
        assertTrue(beyond.provisional());
    }

    @Test
    void loadingTheMissingYearChangesTheProvisionalDueDate() {
        HolidayNotice y2027 = new HolidayNotice(2027, "test", null, List.of(
                new Holiday("元旦", new DateRange(d("2027-01-01"), d("2027-01-03")), List.of())));
        DueDate due = calendar.with(y2027).dueDate(d("2026-12-24"), 6);
        assertEquals(d("2027-01-04"), due.dueDate());
        assertFalse(due.provisional());
    }

    @Test
    void pausedTimeIsNotCounted_workingDaysInStopExclusiveRestartInclusive() {
        assertEquals(d("2026-03-30"), calendar.dueDate(d("2026-03-02"), 20).dueDate());
        // (03-10, 03-16] holds 03-11, 03-12, 03-13, 03-16: four working days
        DueDate paused = calendar.dueDate(d("2026-03-02"), 20, List.of(new Pause(d("2026-03-10"), d("2026-03-16"))));
        assertEquals(d("2026-04-03"), paused.dueDate());
        assertEquals(4, paused.crossed().stream().filter(c -> c.kind() == CrossedDay.Kind.PAUSED).count());
    }

    @Test
    void severalPausesAddUp_andTheShiftCanCrossAHoliday() {
        DueDate due = calendar.dueDate(d("2026-03-02"), 20, List.of(
                new Pause(d("2026-03-20"), d("2026-03-23")), new Pause(d("2026-03-10"), d("2026-03-16"))));
        assertEquals(d("2026-04-07"), due.dueDate()); // 25th working day; 04-04..06 清明节
        assertEquals(List.of(d("2026-03-10"), d("2026-03-20")), due.pauses().stream().map(Pause::stop).toList());
    }

    @Test
    void aPauseRestartingTheDayItStoppedCostsNothing() {
        assertEquals(d("2026-03-30"),
                calendar.dueDate(d("2026-03-02"), 20, List.of(new Pause(d("2026-03-10"), d("2026-03-10")))).dueDate());
    }

    @Test
    void overlappingPausesAndPausesBeforeTheStartAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> calendar.dueDate(d("2026-03-02"), 20,
                List.of(new Pause(d("2026-03-10"), d("2026-03-16")), new Pause(d("2026-03-12"), d("2026-03-20")))));
        assertThrows(IllegalArgumentException.class, () -> calendar.dueDate(d("2026-03-02"), 20,
                List.of(new Pause(d("2026-02-27"), d("2026-03-03")))));
        assertThrows(IllegalArgumentException.class, () -> Pause.parse("2026-03-10..2026-03-09"));
    }

    @Test
    void subtractingWorkingDaysSkipsHolidaysToo() {
        assertEquals(d("2026-09-30"), calendar.subtractWorkingDays(d("2026-10-09"), 2)); // 10-08, then over 10-01..07
    }
}
