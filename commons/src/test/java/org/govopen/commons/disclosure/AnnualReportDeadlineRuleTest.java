package org.govopen.commons.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** rules.md §3 annual report deadline (条例第四十九、五十条). */
class AnnualReportDeadlineRuleTest {

    @Test
    void article49_departmentsReportBy31January() {
        assertEquals(LocalDate.parse("2027-01-31"), AnnualReportDeadlineRule.dueOn(2026, true));
    }

    @Test
    void article50_governmentsPublishBy31March() {
        assertEquals(LocalDate.parse("2027-03-31"), AnnualReportDeadlineRule.dueOn(2026, false));
    }
}
