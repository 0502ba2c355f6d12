package org.govopen.console.domain;

/**
 * How urgent an alert group is (告警级别): the highest level among its unresolved alerts. The open list shows
 * breaches first, then warnings, then notices, each by due time.
 */
public enum AlertLevel {
    /** 超期: a deadline has passed, or a response window was missed and escalated. */
    BREACH(0, "超期"),
    /** 预警: a deadline is near, or an opinion early warning. */
    WARNING(1, "预警"),
    /** 提示: something an operator should see that has no deadline (a proposed conversion to proactive disclosure). */
    NOTICE(2, "提示");

    public final int rank;
    public final String label;

    AlertLevel(int rank, String label) {
        this.rank = rank;
        this.label = label;
    }

    public static AlertLevel ofRank(int rank) {
        for (AlertLevel l : values()) {
            if (l.rank == rank) {
                return l;
            }
        }
        throw new IllegalArgumentException("no level of rank " + rank);
    }
}
