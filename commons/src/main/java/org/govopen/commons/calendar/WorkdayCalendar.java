package org.govopen.commons.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * China's working-day calendar built from the loaded holiday notices; immutable. Rules.md §1:
 * <ul>
 *   <li><b>Working day</b>: Monday–Friday, minus statutory off days, plus make-up working days (调休).</li>
 *   <li><b>Within N working days of D</b>: the N-th working day strictly after D (期间开始的当日不计入); due by
 *       the end of that day, Asia/Shanghai.</li>
 *   <li><b>Provisional</b>: a date no loaded notice covers is counted with weekends only.</li>
 *   <li><b>Pauses</b>: the due date moves later by the working days in (stop day, restart day]; pauses add up.</li>
 * </ul>
 */
public final class WorkdayCalendar {

    /** Deadlines end at midnight in China Standard Time. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final Map<Integer, HolidayNotice> notices;
    private final Map<LocalDate, String> offDays = new HashMap<>();
    private final Map<LocalDate, String> makeUpWorkdays = new HashMap<>();

    private WorkdayCalendar(Map<Integer, HolidayNotice> notices) {
        this.notices = Collections.unmodifiableMap(new TreeMap<>(notices));
        // Ascending years: where two notices name the same date (a late-December day in the next year's
        // New Year arrangement), the later notice is the newer word and wins.
        for (HolidayNotice notice : this.notices.values()) {
            for (Holiday holiday : notice.holidays()) {
                holiday.offDays().dates().forEach(d -> {
                    makeUpWorkdays.remove(d);
                    offDays.put(d, holiday.name());
                });
                for (LocalDate d : holiday.makeUpWorkdays()) {
                    offDays.remove(d);
                    makeUpWorkdays.put(d, holiday.name());
                }
            }
        }
    }

    public static WorkdayCalendar of(Collection<HolidayNotice> notices) {
        Map<Integer, HolidayNotice> byYear = new HashMap<>();
        notices.stream().sorted(Comparator.comparing(HolidayNotice::year)).forEach(n -> byYear.put(n.year(), n));
        return new WorkdayCalendar(byYear);
    }

    /** A calendar with {@code notice} loaded in place of any earlier notice for the same year. */
    public WorkdayCalendar with(HolidayNotice notice) {
        Map<Integer, HolidayNotice> next = new HashMap<>(notices);
        next.put(notice.year(), notice);
        return new WorkdayCalendar(next);
    }

    public SortedSet<Integer> loadedYears() {
        return new TreeSet<>(notices.keySet());
    }

    public Optional<HolidayNotice> notice(int year) {
        return Optional.ofNullable(notices.get(year));
    }

    /** Rule "working day" (rules.md §1), with the reason. */
    public CalendarDay day(LocalDate date) {
        String holiday = offDays.get(date);
        String makeUpFor = makeUpWorkdays.get(date);
        DayKind kind;
        if (holiday != null) {
            kind = DayKind.HOLIDAY;
        } else if (makeUpFor != null) {
            kind = DayKind.MAKE_UP_WORKDAY;
        } else if (isWeekend(date)) {
            kind = DayKind.WEEKEND;
        } else {
            kind = DayKind.WEEKDAY;
        }
        return new CalendarDay(date, kind.isWorkingDay(), kind, holiday, makeUpFor != null, makeUpFor, isProvisional(date));
    }

    public boolean isWorkingDay(LocalDate date) {
        if (offDays.containsKey(date)) {
            return false;
        }
        return makeUpWorkdays.containsKey(date) || !isWeekend(date);
    }

    /** Rule "provisional year" (rules.md §1): true when no loaded notice covers the date. */
    public boolean isProvisional(LocalDate date) {
        return !notices.containsKey(date.getYear()) && !offDays.containsKey(date) && !makeUpWorkdays.containsKey(date);
    }

    /** The {@code n}-th working day strictly after {@code from}; {@code from} itself never counts. */
    public LocalDate addWorkingDays(LocalDate from, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("working days must not be negative: " + n);
        }
        LocalDate d = from;
        for (int counted = 0; counted < n; ) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                counted++;
            }
        }
        return d;
    }

    /** The {@code n}-th working day strictly before {@code date}. */
    public LocalDate subtractWorkingDays(LocalDate date, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("working days must not be negative: " + n);
        }
        LocalDate d = date;
        for (int counted = 0; counted < n; ) {
            d = d.minusDays(1);
            if (isWorkingDay(d)) {
                counted++;
            }
        }
        return d;
    }

    /** Working days in the half-open range (after, until]. */
    public int workingDaysBetween(LocalDate after, LocalDate until) {
        int count = 0;
        for (LocalDate d = after.plusDays(1); !d.isAfter(until); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }

    /**
     * Rule "within N working days of D" with rule "pauses" (rules.md §1): the (N + paused working days)-th
     * working day strictly after {@code from}, where each pause contributes the working days in
     * (stop, restart].
     *
     * @throws IllegalArgumentException when a pause stops before {@code from} or two pauses overlap
     */
    public DueDate dueDate(LocalDate from, int workingDays, List<Pause> pauses) {
        List<Pause> sorted = new ArrayList<>(pauses);
        sorted.sort(Comparator.comparing(Pause::stop));
        for (int i = 0; i < sorted.size(); i++) {
            Pause p = sorted.get(i);
            if (p.stop().isBefore(from)) {
                throw new IllegalArgumentException("pause " + p + " stops before the period starts (" + from + ")");
            }
            // (a, b] and (c, d] with c >= a overlap exactly when c < b
            if (i > 0 && p.stop().isBefore(sorted.get(i - 1).restart())) {
                throw new IllegalArgumentException("pauses " + sorted.get(i - 1) + " and " + p + " overlap");
            }
        }
        int paused = 0;
        boolean provisional = false;
        List<CrossedDay> crossed = new ArrayList<>();
        for (Pause p : sorted) {
            for (LocalDate d = p.stop().plusDays(1); !d.isAfter(p.restart()); d = d.plusDays(1)) {
                provisional |= isProvisional(d);
                if (isWorkingDay(d)) {
                    paused++;
                    crossed.add(new CrossedDay(d, CrossedDay.Kind.PAUSED, null));
                }
            }
        }
        LocalDate due = addWorkingDays(from, workingDays + paused);
        int weekendDays = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(due); d = d.plusDays(1)) {
            provisional |= isProvisional(d);
            CalendarDay day = day(d);
            switch (day.kind()) {
                case HOLIDAY -> crossed.add(new CrossedDay(d, CrossedDay.Kind.HOLIDAY, day.offDayName()));
                case MAKE_UP_WORKDAY -> crossed.add(new CrossedDay(d, CrossedDay.Kind.MAKE_UP_WORKDAY, day.makeUpFor()));
                case WEEKEND -> weekendDays++;
                case WEEKDAY -> { }
            }
        }
        crossed.sort(Comparator.comparing(CrossedDay::date));
        return new DueDate(from, workingDays, List.copyOf(sorted), due, endOf(due), provisional, weekendDays,
                List.copyOf(crossed));
    }

    public DueDate dueDate(LocalDate from, int workingDays) {
        return dueDate(from, workingDays, List.of());
    }

    /** The instant a day ends in Asia/Shanghai: the next day at 00:00 +08:00. */
    public static OffsetDateTime endOf(LocalDate date) {
        return date.plusDays(1).atStartOfDay(ZONE).toOffsetDateTime();
    }

    /** The instant a day starts in Asia/Shanghai. */
    public static OffsetDateTime startOf(LocalDate date) {
        return date.atStartOfDay(ZONE).toOffsetDateTime();
    }

    /** Today in Asia/Shanghai. */
    public static LocalDate today(java.time.Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }

    private static boolean isWeekend(LocalDate date) {
        DayOfWeek dow = date.getDayOfWeek();
        return dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
    }
}
