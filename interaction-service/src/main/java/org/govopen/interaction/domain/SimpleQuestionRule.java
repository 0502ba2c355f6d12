package org.govopen.interaction.domain;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * Seed 002 二（七）1: simple and common questions (简单常见问题) are answered within 1 working day. Whether a message is
 * one is the office's decision; the knowledge base proposes it: a question of the knowledge base whose words are
 * nearly all in the message (the share of the question's words found, at least
 * {@code govopen.interaction.faq.close-match}, default 0.75) is a close match, proposing "simple" and its answer as
 * the draft.
 */
public final class SimpleQuestionRule {

    private SimpleQuestionRule() {
    }

    /** Share of the question's words that the message contains, 0–1. */
    public static double score(Collection<String> questionTerms, Collection<String> messageTerms) {
        Set<String> q = new HashSet<>(questionTerms);
        if (q.isEmpty()) {
            return 0;
        }
        Set<String> m = new HashSet<>(messageTerms);
        long found = q.stream().filter(m::contains).count();
        return (double) found / q.size();
    }

    public static boolean isCloseMatch(double score, double closeMatch) {
        return score >= closeMatch;
    }
}
