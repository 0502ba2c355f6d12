package org.govopen.sentiment.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.govopen.commons.text.ChineseTerms;

/**
 * Issue 9 §2, seed 003 §三(一) (舆情监测预警) — when a signal raises an early warning: every condition the rule gives
 * must hold — one of its keywords appears (as the catalogue's search matches: every bigram of the phrase is among the
 * signal's terms, so 垃圾清运 matches 小区垃圾清运不及时), the reach (reads + reposts + comments) reaches the threshold,
 * the reach rose by at least so much within the rule's time, the signal is of one of the rule's kinds. A rule with
 * no condition matches nothing.
 */
public final class EarlyWarningRule {

    /** What is known of a signal when it is judged. */
    public record Seen(Set<String> terms, long reach, long riseWithin, IncidentKind kind) {

        public static Set<String> termsOf(String title, String text) {
            Set<String> terms = new HashSet<>(ChineseTerms.forHeading(title));
            if (text != null) {
                terms.addAll(ChineseTerms.forText(text));
            }
            return terms;
        }
    }

    private EarlyWarningRule() {
    }

    /** The reason the rule raises a warning on this signal (for the operator, Chinese), or empty. */
    public static Optional<String> judge(WarningRule rule, Seen seen) {
        List<String> reasons = new ArrayList<>();
        boolean any = false;
        if (rule.keywords.length > 0) {
            any = true;
            String hit = null;
            for (String k : rule.keywords) {
                List<String> need = ChineseTerms.forQuery(k);
                if (!need.isEmpty() && seen.terms().containsAll(need)) {
                    hit = k;
                    break;
                }
            }
            if (hit == null) {
                return Optional.empty();
            }
            reasons.add("命中关键词“" + hit + "”");
        }
        if (rule.reachAtLeast != null) {
            any = true;
            if (seen.reach() < rule.reachAtLeast) {
                return Optional.empty();
            }
            reasons.add("传播量 " + seen.reach() + " ≥ " + rule.reachAtLeast);
        }
        if (rule.riseAtLeast != null && rule.riseWithinSeconds != null) {
            any = true;
            if (seen.riseWithin() < rule.riseAtLeast) {
                return Optional.empty();
            }
            reasons.add((rule.riseWithinSeconds / 60) + " 分钟内传播量增加 " + seen.riseWithin());
        }
        if (rule.kinds.length > 0) {
            any = true;
            if (seen.kind() == null || !List.of(rule.kinds).contains(seen.kind().name())) {
                return Optional.empty();
            }
            reasons.add("属于“" + seen.kind().label() + "”类舆情");
        }
        return any ? Optional.of(String.join("，", reasons)) : Optional.empty();
    }
}
