package org.govopen.catalog.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.govopen.commons.calendar.BundledNotices;
import org.govopen.commons.calendar.WorkdayCalendar;
import org.junit.jupiter.api.Test;

/** The rules of rules.md §2b that need no database: the comment period of a major decision, the random inspection's draw. */
class DisclosureWorkRulesTest {

    private static final WorkdayCalendar CALENDAR = WorkdayCalendar.of(BundledNotices.load());
    private static final List<String> UNITS = IntStream.rangeClosed(1, 12)
            .mapToObj(i -> "nanning/qingxiu/unit-" + (i < 10 ? "0" : "") + i).toList();

    @Test
    void consultation_atLeast30Days_unlessShortenedWithAReason_article14() {
        LocalDate opens = LocalDate.parse("2026-12-01");
        // 20 days without a reason: refused, and the message says from when no reason is needed
        String twenty = ConsultationPeriodRule.problem(opens, opens.plusDays(20), null);
        assertTrue(twenty != null && twenty.contains("20 日") && twenty.contains("2026-12-31"), twenty);
        assertTrue(ConsultationPeriodRule.problem(opens, opens.plusDays(29), " ") != null, "a blank reason is no reason");
        assertNull(ConsultationPeriodRule.problem(opens, opens.plusDays(20), "涉及群众切身利益，须在汛期前决定"));
        // the day it opens does not count: opened 1 December, the 30th day is 31 December
        assertEquals(30, ConsultationPeriodRule.days(opens, LocalDate.parse("2026-12-31")));
        assertNull(ConsultationPeriodRule.problem(opens, LocalDate.parse("2026-12-31"), null));
        assertTrue(ConsultationPeriodRule.problem(opens, opens, "理由") != null, "it must close after it opens");
        assertEquals(OffsetDateTime.parse("2027-01-01T00:00+08:00"), ConsultationPeriodRule.closesAt(LocalDate.parse("2026-12-31")));
    }

    @Test
    void inspectionDraw_reproducibleFromItsSeed_whateverTheOrderOfTheCandidates_seed003() {
        InspectionDraw a = draw(20261202L, UNITS, 3, 4, false);
        List<String> reversed = new java.util.ArrayList<>(UNITS);
        java.util.Collections.reverse(reversed);
        InspectionDraw b = draw(20261202L, reversed, 3, 4, false);
        assertEquals(a, b);
        // pinned: the same draw on any JVM, also years later (java.util.Random's algorithm is part of its specification)
        assertEquals(PINNED, a.units() + " " + a.items() + " " + a.on());
        assertNotEquals(a, draw(20261203L, UNITS, 3, 4, false), "another seed, another draw");
    }

    @Test
    void inspectionDraw_noneTwiceInARound_unlessAsked_seed003() {
        InspectionDraw all = draw(7L, UNITS, UNITS.size(), InspectionItem.values().length, false);
        assertEquals(Set.copyOf(UNITS), Set.copyOf(all.units()));
        assertEquals(Set.of(InspectionItem.values()), Set.copyOf(all.items()));
        assertEquals(UNITS.size(), all.units().size());
        assertThrows(IllegalArgumentException.class, () -> draw(7L, UNITS, UNITS.size() + 1, 1, false));
        assertThrows(IllegalArgumentException.class, () -> draw(7L, UNITS, 1, 16, false));
        // with repeats asked for, more picks than items, some twice
        InspectionDraw repeated = draw(7L, UNITS, 2, 30, true);
        assertEquals(30, repeated.items().size());
        assertTrue(new HashSet<>(repeated.items()).size() < 30);
    }

    @Test
    void inspectionDraw_everyItemAndUnitCanBeDrawn_equallyOften_seed003() {
        Map<InspectionItem, Integer> items = new EnumMap<>(InspectionItem.class);
        Map<String, Integer> units = new java.util.HashMap<>();
        int rounds = 15_000;
        for (long seed = 0; seed < rounds; seed++) {
            InspectionDraw d = draw(seed, UNITS, 1, 1, false);
            items.merge(d.items().get(0), 1, Integer::sum);
            units.merge(d.units().get(0), 1, Integer::sum);
        }
        // expected 1,000 per item and 1,250 per unit; a standard deviation is about 31 and 34
        assertEquals(15, items.size());
        items.forEach((item, n) -> assertTrue(n > 850 && n < 1150, item + " drawn " + n + " times of " + rounds));
        assertEquals(12, units.size());
        units.forEach((unit, n) -> assertTrue(n > 1080 && n < 1420, unit + " drawn " + n + " times of " + rounds));
    }

    @Test
    void inspectionDraw_onAWorkingDayOfTheWindow_seed003() {
        // 1–9 October 2026: National Day off 1–7 October, so only Thursday 8 and Friday 9 October can be drawn
        Set<LocalDate> days = new HashSet<>();
        for (long seed = 0; seed < 200; seed++) {
            days.add(InspectionDraw.draw(seed, UNITS, 1, 1, false, LocalDate.parse("2026-10-01"), LocalDate.parse("2026-10-09"),
                    CALENDAR::isWorkingDay).on());
        }
        assertEquals(Set.of(LocalDate.parse("2026-10-08"), LocalDate.parse("2026-10-09")), days);
        assertThrows(IllegalArgumentException.class, () -> InspectionDraw.draw(1L, UNITS, 1, 1, false,
                LocalDate.parse("2026-10-01"), LocalDate.parse("2026-10-07"), CALENDAR::isWorkingDay));
    }

    private static final String PINNED = "[nanning/qingxiu/unit-06, nanning/qingxiu/unit-04, nanning/qingxiu/unit-09] "
            + "[OPEN_MEETINGS, PUBLIC_PARTICIPATION, DOCUMENT_ATTRIBUTES, OPINION_RESPONSE] 2026-12-02";

    /** rules.md §2b: a policy needing interpretation is not published without one (退文); lateness in calendar days. */
    @Test
    void interpretationRule_refusesAPolicyWithoutItsInterpretation_andCountsLateness() {
        assertTrue(InterpretationRule.publicationRefusal(true, 0).orElseThrow().contains("退文"));
        assertTrue(InterpretationRule.publicationRefusal(true, 1).isEmpty());
        assertTrue(InterpretationRule.publicationRefusal(false, 0).isEmpty());
        assertEquals(0, InterpretationRule.daysLate(LocalDate.parse("2026-09-01"), LocalDate.parse("2026-09-01")));
        assertEquals(11, InterpretationRule.daysLate(LocalDate.parse("2026-08-28"), LocalDate.parse("2026-09-08")));
        assertEquals(0, InterpretationRule.daysLate(LocalDate.parse("2026-09-08"), LocalDate.parse("2026-09-01")));
    }

    private static InspectionDraw draw(long seed, List<String> units, int unitCount, int itemCount, boolean repeat) {
        return InspectionDraw.draw(seed, units, unitCount, itemCount, repeat, LocalDate.parse("2026-12-01"),
                LocalDate.parse("2026-12-31"), CALENDAR::isWorkingDay);
    }

    /** rules.md §2b: the draft is consulted on and the account goes with the decision; a listed hearing is held. */
    @Test
    void decisionProcedureRule_namesEveryMissingStepInOrder() {
        assertEquals(List.of("consultation", "hearing"), DecisionProcedureRule.missingSteps(false, false, true, false));
        assertEquals(List.of("adoptionAccount"), DecisionProcedureRule.missingSteps(true, false, false, false));
        assertEquals(List.of("hearing"), DecisionProcedureRule.missingSteps(true, true, true, false));
        assertEquals(List.of(), DecisionProcedureRule.missingSteps(true, true, true, true));
        assertEquals(List.of(), DecisionProcedureRule.missingSteps(true, true, false, false));
        assertTrue(DecisionProcedureRule.refusal(List.of("adoptionAccount", "hearing")).contains("听证"));
    }
}
