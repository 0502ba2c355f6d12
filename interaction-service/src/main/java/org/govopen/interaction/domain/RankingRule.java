package org.govopen.interaction.domain;

/**
 * Issue 10 §6: a unit is ranked in the statistics only with at least a minimum number of messages in the period
 * ({@code govopen.interaction.statistics.min-count-to-rank}, default 10) — so that a unit with one message replied on
 * time does not top the table (fixmystreet #1957). Ranked by on-time rate, then by satisfaction rate, then by
 * number received.
 */
public final class RankingRule {

    private RankingRule() {
    }

    public static boolean isRanked(long received, int minCount) {
        return received >= minCount;
    }
}
