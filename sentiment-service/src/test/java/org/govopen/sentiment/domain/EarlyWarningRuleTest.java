package org.govopen.sentiment.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Issue 9 §2, seed 003 §三(一) — when a signal raises an early warning: every condition the rule gives must hold. */
class EarlyWarningRuleTest {

    private static WarningRule rule(String[] keywords, Long reach, Long rise, Long within, String... kinds) {
        WarningRule r = new WarningRule();
        r.keywords = keywords;
        r.reachAtLeast = reach;
        r.riseAtLeast = rise;
        r.riseWithinSeconds = within;
        r.kinds = kinds;
        return r;
    }

    private static EarlyWarningRule.Seen seen(String title, long reach, long rise, IncidentKind kind) {
        return new EarlyWarningRule.Seen(EarlyWarningRule.Seen.termsOf(title, null), reach, rise, kind);
    }

    @Test
    @DisplayName("seed 003 §三(一): a keyword matches as the catalogue's search matches — every bigram present, full-width folded")
    void keywordsMatchByBigrams() {
        WarningRule r = rule(new String[] {"垃圾清运"}, null, null, null);
        assertTrue(EarlyWarningRule.judge(r, seen("小区垃圾清运不及时", 0, 0, null)).isPresent());
        assertTrue(EarlyWarningRule.judge(r, seen("垃圾 清运", 0, 0, null)).isEmpty(), "两段之间没有“圾清”");
        assertTrue(EarlyWarningRule.judge(rule(new String[] {"GDP"}, null, null, null), seen("２０２６年ｇｄｐ增速", 0, 0, null)).isPresent());
    }

    @Test
    @DisplayName("seed 003 §三(一): every condition given must hold — keyword and reach and kind")
    void everyConditionMustHold() {
        WarningRule r = rule(new String[] {"燃气泄漏"}, 5000L, null, null, IncidentKind.EMERGENCY.name());
        assertTrue(EarlyWarningRule.judge(r, seen("某小区燃气泄漏", 4999, 0, IncidentKind.EMERGENCY)).isEmpty());
        assertTrue(EarlyWarningRule.judge(r, seen("某小区燃气泄漏", 5000, 0, null)).isEmpty(), "no kind: not one of the rule's");
        Optional<String> reason = EarlyWarningRule.judge(r, seen("某小区燃气泄漏", 5000, 0, IncidentKind.EMERGENCY));
        assertEquals("命中关键词“燃气泄漏”，传播量 5000 ≥ 5000，属于“重大突发事件、自然灾害、重大活动”类舆情", reason.orElseThrow());
    }

    @Test
    @DisplayName("a rise within the rule's minutes; a rule without a condition matches nothing")
    void riseAndNoCondition() {
        WarningRule rising = rule(new String[0], null, 1000L, 3600L);
        assertTrue(EarlyWarningRule.judge(rising, seen("x", 100_000, 999, null)).isEmpty());
        assertEquals("60 分钟内传播量增加 1000", EarlyWarningRule.judge(rising, seen("x", 100_000, 1000, null)).orElseThrow());
        assertTrue(EarlyWarningRule.judge(rule(new String[0], null, null, null), seen("任何", 1_000_000, 1_000_000,
                IncidentKind.EMERGENCY)).isEmpty());
    }
}
