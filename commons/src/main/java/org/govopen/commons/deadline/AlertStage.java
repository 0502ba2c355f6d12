package org.govopen.commons.deadline;

/** How far the alerts of a deadline have gone; each stage fires once. */
public enum AlertStage {
    /** nothing raised yet */
    PENDING,
    /** the warning was raised */
    WARNED,
    /** the breach was raised */
    BREACHED
}
