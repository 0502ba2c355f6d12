package org.govopen.interaction.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Rules.md §5 — 重办: a rating at one of the reopening levels (configurable; default 不满意 and 非常不满意) reopens the
 * case, once; a second such rating is recorded and reopens nothing.
 */
public final class ReopenRule {

    public static final Set<Satisfaction> DEFAULT_LEVELS = EnumSet.of(Satisfaction.DISSATISFIED, Satisfaction.VERY_DISSATISFIED);
    public static final int TIMES = 1;

    private ReopenRule() {
    }

    public static boolean reopens(Satisfaction rating, Set<Satisfaction> reopeningLevels, int timesReopened) {
        return reopeningLevels.contains(rating) && timesReopened < TIMES;
    }
}
