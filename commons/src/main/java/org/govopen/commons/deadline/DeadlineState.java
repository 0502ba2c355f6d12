package org.govopen.commons.deadline;

public enum DeadlineState {
    /** the clock runs */
    ACTIVE,
    /** time not counted (consultation, fee notice): no alerts until it resumes */
    PAUSED,
    /** met or no longer relevant: no alerts */
    CLOSED
}
