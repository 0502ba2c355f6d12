package org.govopen.sentiment.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Rules.md §4 (seed 003 §三) — which windows a response answers. */
class ResponseSatisfactionRuleTest {

    @Test
    @DisplayName("rules.md §4: facts answer the facts window (and an ordinary incident's response)")
    void facts() {
        assertEquals(EnumSet.of(ResponseWindowKind.FACTS, ResponseWindowKind.RESPONSE),
                ResponseSatisfactionRule.satisfies(ResponseKind.FACTS));
    }

    @Test
    @DisplayName("rules.md §4: authoritative information includes the facts; a press conference answers every window")
    void strongerFormsIncludeTheWeaker() {
        assertEquals(EnumSet.of(ResponseWindowKind.AUTHORITATIVE_INFORMATION, ResponseWindowKind.FACTS, ResponseWindowKind.RESPONSE),
                ResponseSatisfactionRule.satisfies(ResponseKind.AUTHORITATIVE_INFORMATION));
        assertEquals(EnumSet.allOf(ResponseWindowKind.class), ResponseSatisfactionRule.satisfies(ResponseKind.PRESS_CONFERENCE));
    }

    @Test
    @DisplayName("rules.md §4: another reply answers only the 48-hour response of an ordinary incident")
    void otherReplies() {
        assertEquals(EnumSet.of(ResponseWindowKind.RESPONSE), ResponseSatisfactionRule.satisfies(ResponseKind.OTHER));
    }
}
