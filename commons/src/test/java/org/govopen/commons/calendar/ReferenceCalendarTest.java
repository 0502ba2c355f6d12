package org.govopen.commons.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every date 2019–2026 against the reference table (shared/reference/cn-workday-calendar.md, copied to
 * test resources and parsed here independently of the bundled JSON): rules.md §1 "working day".
 */
class ReferenceCalendarTest {

    static final Map<LocalDate, String> referenceOffDays = new HashMap<>();
    static final Map<LocalDate, String> referenceMakeUpDays = new HashMap<>();
    static final WorkdayCalendar calendar = BundledNotices.calendar();

    @BeforeAll
    static void parseReference() throws IOException {
        String md;
        try (InputStream in = ReferenceCalendarTest.class.getResourceAsStream("/reference/cn-workday-calendar.md")) {
            md = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        for (String line : md.split("\n")) {
            String[] cells = line.trim().split("\\|", -1); // "| year | holiday | off | make-up |"
            if (cells.length != 6 || !cells[1].trim().matches("\\d{4}") || cells[2].trim().equals("—")) {
                continue;
            }
            int year = Integer.parseInt(cells[1].trim());
            String name = cells[2].trim();
            List<LocalDate> off = dates(year, cells[3]);
            LocalDate first = off.get(0);
            LocalDate last = off.size() > 1 ? off.get(1) : first;
            first.datesUntil(last.plusDays(1)).forEach(d -> referenceOffDays.put(d, name));
            dates(year, cells[4]).forEach(d -> referenceMakeUpDays.put(d, name));
        }
    }

    /** Dates in a cell, in order; text in parentheses is commentary. "02-04" means that day of {@code year}. */
    static List<LocalDate> dates(int year, String cell) {
        String text = cell.replaceAll("\\([^)]*\\)", "");
        List<LocalDate> out = new ArrayList<>();
        Matcher m = Pattern.compile("(\\d{4}-)?(\\d{2})-(\\d{2})").matcher(text);
        while (m.find()) {
            int y = m.group(1) == null ? year : Integer.parseInt(m.group(1).substring(0, 4));
            out.add(LocalDate.of(y, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
        }
        return out;
    }

    @Test
    void referenceTableWasRead() {
        // 2020 Spring Festival ran 01-24..02-02 after the extension; 02-01 is an off day, not a make-up day
        assertEquals("春节", referenceOffDays.get(LocalDate.of(2020, 2, 1)));
        assertFalse(referenceMakeUpDays.containsKey(LocalDate.of(2020, 2, 1)));
        assertEquals("元旦", referenceMakeUpDays.get(LocalDate.of(2018, 12, 29)));
        // counted separately from the table: 232 off days and 53 make-up working days in 2019–2026's notices
        assertEquals(232, referenceOffDays.size());
        assertEquals(53, referenceMakeUpDays.size());
    }

    @Test
    void everyDateFrom2019To2026MatchesTheOfficialNotices() {
        int checked = 0;
        for (LocalDate d : LocalDate.of(2018, 12, 29).datesUntil(LocalDate.of(2027, 1, 1)).toList()) {
            CalendarDay day = calendar.day(d);
            boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
            String off = referenceOffDays.get(d);
            String makeUp = referenceMakeUpDays.get(d);
            boolean expectedWorking = off == null && (makeUp != null || !weekend);
            assertEquals(expectedWorking, day.workingDay(), () -> "working day? " + d);
            assertEquals(off, day.offDayName(), () -> "off-day name of " + d);
            assertEquals(makeUp != null, day.makeUpWorkday(), () -> "make-up day? " + d);
            assertEquals(makeUp, day.makeUpFor(), () -> "make-up for which holiday, " + d);
            DayKind expectedKind = off != null ? DayKind.HOLIDAY
                    : makeUp != null ? DayKind.MAKE_UP_WORKDAY : weekend ? DayKind.WEEKEND : DayKind.WEEKDAY;
            assertEquals(expectedKind, day.kind(), () -> "kind of " + d);
            if (d.getYear() >= 2019) {
                assertFalse(day.provisional(), () -> d + " is covered by a published notice");
            }
            checked++;
        }
        assertEquals(2925, checked);
    }

    @Test
    void yearsWithoutANoticeAreProvisionalWithWeekendsOnly() {
        CalendarDay newYear2027 = calendar.day(LocalDate.of(2027, 1, 1)); // a Friday; 2027's notice is not out
        assertTrue(newYear2027.provisional());
        assertTrue(newYear2027.workingDay());
        assertEquals(DayKind.WEEKDAY, newYear2027.kind());
        assertFalse(calendar.day(LocalDate.of(2027, 1, 2)).workingDay());
        assertTrue(calendar.day(LocalDate.of(2018, 6, 1)).provisional());
        // listed by the 2019 notice although it lies in 2018
        assertFalse(calendar.day(LocalDate.of(2018, 12, 29)).provisional());
    }

    @Test
    void loadedYearsAre2019To2026() {
        assertEquals(List.of(2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026), List.copyOf(calendar.loadedYears()));
    }
}
