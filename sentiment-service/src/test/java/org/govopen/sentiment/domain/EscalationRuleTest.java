package org.govopen.sentiment.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Rules.md §4 — a breach escalates one rung: the responsible unit → its government's disclosure office → the government above. */
class EscalationRuleTest {

    @Test
    @DisplayName("rules.md §4: the first breach goes to the disclosure office of the responsible government")
    void firstBreachGoesToTheDisclosureOffice() {
        EscalationRule.Rung r = EscalationRule.next(EscalationRule.DEFAULT_CHAIN, 0, "nanning/qingxiu");
        assertEquals(new EscalationRule.Rung(1, EscalationStep.DISCLOSURE_OFFICE, "nanning/qingxiu"), r);
    }

    @Test
    @DisplayName("rules.md §4: the second goes to the government above; at the top a breach stays at the top")
    void thenTheGovernmentAbove_andTheTopStays() {
        assertEquals(new EscalationRule.Rung(2, EscalationStep.GOVERNMENT_ABOVE, "nanning"),
                EscalationRule.next(EscalationRule.DEFAULT_CHAIN, 1, "nanning/qingxiu"));
        assertEquals(new EscalationRule.Rung(2, EscalationStep.GOVERNMENT_ABOVE, "nanning"),
                EscalationRule.next(EscalationRule.DEFAULT_CHAIN, 2, "nanning/qingxiu"));
        // a city has no government above it on this platform: its own offices keep it
        assertEquals("nanning", EscalationRule.next(EscalationRule.DEFAULT_CHAIN, 1, "nanning").unit());
    }

    @Test
    @DisplayName("rules.md §4: a unit's own chain (frozen on the incident) is followed as it is")
    void aShorterChain() {
        List<EscalationStep> chain = List.of(EscalationStep.RESPONSIBLE_UNIT, EscalationStep.GOVERNMENT_ABOVE);
        assertEquals(new EscalationRule.Rung(1, EscalationStep.GOVERNMENT_ABOVE, "nanning"),
                EscalationRule.next(chain, 0, "nanning/qingxiu"));
    }
}
