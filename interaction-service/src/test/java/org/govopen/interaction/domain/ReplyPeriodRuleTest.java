package org.govopen.interaction.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.govopen.commons.calendar.BundledNotices;
import org.govopen.commons.calendar.DueDate;
import org.govopen.commons.calendar.WorkdayCalendar;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Rules.md §5 (seed 002 二（七）1) and §1: 5 working days, simple and common questions 1, from receipt or transfer. */
class ReplyPeriodRuleTest {

    final WorkdayCalendar calendar = BundledNotices.calendar();

    static OffsetDateTime t(String iso) {
        return OffsetDateTime.parse(iso);
    }

    @Test
    @DisplayName("rules.md §5: 5 working days across National Day 2026 and its make-up Saturday")
    void fiveWorkingDaysAcrossNationalDay() {
        DueDate due = ReplyPeriodRule.dueDate(calendar, MessageChannel.WEBSITE, t("2026-09-30T16:20:00+08:00"), null, false);
        // 10-01…10-07 off; 10-08 (Thu) 1, 10-09 (Fri) 2, 10-10 (make-up Saturday) 3, 10-12 4, 10-13 5
        assertEquals(LocalDate.parse("2026-10-13"), due.dueDate());
        assertEquals(t("2026-10-14T00:00:00+08:00"), due.dueAt());
    }

    @Test
    @DisplayName("rules.md §5: a simple and common question within 1 working day — written on a Friday evening, due Monday")
    void simpleQuestionsOneWorkingDay() {
        assertEquals(LocalDate.parse("2026-11-23"), ReplyPeriodRule.dueDate(calendar, MessageChannel.WEBSITE,
                t("2026-11-20T21:30:00+08:00"), null, true).dueDate());
        // asked on the make-up Saturday itself: D never counts, the next working day is Monday 10-12
        assertEquals(LocalDate.parse("2026-10-12"), ReplyPeriodRule.dueDate(calendar, MessageChannel.WEBSITE,
                t("2026-10-10T10:00:00+08:00"), null, true).dueDate());
    }

    @Test
    @DisplayName("rules.md §5: a 12345 ticket counts from the hotline's transfer, not from its arrival here or its dispatch")
    void hotlineTicketsCountFromTheTransfer() {
        // transferred at 23:50 Beijing time on 11-02 (15:50 UTC), arrived here after midnight
        DueDate due = ReplyPeriodRule.dueDate(calendar, MessageChannel.HOTLINE_12345, t("2026-11-03T00:10:00+08:00"),
                t("2026-11-02T15:50:00Z"), false);
        assertEquals(LocalDate.parse("2026-11-09"), due.dueDate()); // 11-03,04,05,06,09
        assertThrows(NullPointerException.class, () -> ReplyPeriodRule.basis(MessageChannel.HOTLINE_12345,
                t("2026-11-03T00:10:00+08:00"), null));
    }
}
