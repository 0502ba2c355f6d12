package org.govopen.catalog.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.govopen.commons.calendar.BundledNotices;
import org.govopen.commons.calendar.WorkdayCalendar;
import org.govopen.commons.problem.IllegalTransitionException;
import org.junit.jupiter.api.Test;

/** The rules of rules.md §2 that need no database, each in the one class that holds it. */
class CatalogueRulesTest {

    private static final WorkdayCalendar CALENDAR = WorkdayCalendar.of(BundledNotices.load());

    @Test
    void proactiveDisclosure_within20WorkingDaysOfForming_article26() {
        // formed on Fri 25 Sep 2026 (Mid-Autumn): National Day off, Sat 10 Oct a make-up working day
        assertEquals(LocalDate.parse("2026-10-29"), ProactiveDisclosureRule.dueOn(CALENDAR, LocalDate.parse("2026-09-25")));
        assertEquals(LocalDate.parse("2026-11-30"), ProactiveDisclosureRule.dueOn(CALENDAR, LocalDate.parse("2026-11-02")));
        assertFalse(ProactiveDisclosureRule.isLate(LocalDate.parse("2026-11-30"), LocalDate.parse("2026-11-30")));
        assertTrue(ProactiveDisclosureRule.isLate(LocalDate.parse("2026-11-30"), LocalDate.parse("2026-12-01")));
    }

    @Test
    void recheckCycles_seed000_seed001_seed002() {
        LocalDate marked = LocalDate.parse("2026-03-10");
        assertEquals(LocalDate.parse("2028-03-10"), RecheckCycle.EVERY_TWO_YEARS.nextRecheck(marked));
        assertEquals(LocalDate.parse("2027-03-10"), RecheckCycle.EVERY_YEAR.nextRecheck(marked));
        assertEquals(LocalDate.parse("2027-09-30"), RecheckCycle.EACH_SEPTEMBER.nextRecheck(marked));
        assertEquals(LocalDate.parse("2027-09-30"), RecheckCycle.EACH_SEPTEMBER.nextRecheck(LocalDate.parse("2026-09-20")));
    }

    @Test
    void attributesOtherThanProactiveNeedAReasonAndARecheck() {
        assertFalse(DisclosureAttribute.PROACTIVE.requiresReason());
        assertTrue(DisclosureAttribute.ON_REQUEST.requiresReason());
        assertTrue(DisclosureAttribute.NOT_DISCLOSED.requiresReason());
        assertEquals(List.of(DisclosureAttribute.ON_REQUEST, DisclosureAttribute.NOT_DISCLOSED),
                java.util.Arrays.stream(DisclosureAttribute.values()).filter(DisclosureAttribute::isRechecked).toList());
    }

    @Test
    void conversionThreshold_applicantsOrFrequency_seed002() {
        Unit u = new Unit();
        u.conversionApplicants = 3;
        u.conversionApplications = 5;
        assertFalse(ConversionThresholdRule.reached(u, 2, 4));
        assertTrue(ConversionThresholdRule.reached(u, 3, 3));
        assertTrue(ConversionThresholdRule.reached(u, 1, 5));
    }

    @Test
    void lifeCycle_everyTransitionInOnePlace_seed000() {
        assertEquals(EntryState.DRAFT, EntryLifecycle.next(null, EntryAction.CREATE));
        assertEquals(EntryState.SUBMITTED, EntryLifecycle.next(EntryState.RETURNED, EntryAction.SUBMIT));
        assertEquals(EntryState.DRAFT, EntryLifecycle.next(EntryState.PUBLISHED, EntryAction.REVISE));
        assertEquals(List.of(EntryAction.REVISE), EntryLifecycle.allowedActions(EntryState.PUBLISHED));
        IllegalTransitionException refused = assertThrows(IllegalTransitionException.class,
                () -> EntryLifecycle.next(EntryState.SUBMITTED, EntryAction.PUBLISH));
        assertTrue(refused.getMessage() == null || !refused.getMessage().isEmpty());
        assertThrows(IllegalTransitionException.class, () -> EntryLifecycle.next(EntryState.APPROVED, EntryAction.EDIT));
    }

    @Test
    void reviewer_isTheCompetentDepartmentAboveOrAGovernmentAbove_neverTheUnitItselfNorADepartment() {
        Unit land = unit("nanning/natural-resources", UnitKind.DEPARTMENT);
        land.reviewDomains = List.of("land-requisition-compensation");
        Unit district = unit("nanning/qingxiu", UnitKind.DISTRICT);
        Unit civilAffairs = unit("nanning/civil-affairs", UnitKind.DEPARTMENT);
        assertTrue(ReviewerCompetenceRule.mayReview(land, district, "land-requisition-compensation"));
        assertFalse(ReviewerCompetenceRule.mayReview(land, district, "social-assistance"));
        assertFalse(ReviewerCompetenceRule.mayReview(land, unit("liuzhou/yufeng", UnitKind.DISTRICT), "land-requisition-compensation"));
        assertFalse(ReviewerCompetenceRule.mayReview(land, civilAffairs, "land-requisition-compensation"), "a sibling department");
        assertTrue(ReviewerCompetenceRule.mayReview(district, unit("nanning/qingxiu/xinzhu", UnitKind.STREET), "social-assistance"));
        assertFalse(ReviewerCompetenceRule.mayReview(district, district, "social-assistance"));
    }

    private static Unit unit(String path, UnitKind kind) {
        Unit u = new Unit();
        u.path = path;
        u.kind = kind;
        u.parentPath = path.contains("/") ? path.substring(0, path.lastIndexOf('/')) : null;
        return u;
    }
}
