package org.govopen.sentiment.domain;

/** How a response window ended, or that it still runs. */
public enum WindowState {
    /** 未回应 — running (or breached and still unanswered) */
    OPEN,
    /** 按时回应 */
    MET,
    /** 超时回应 — answered after its end, with the lag */
    LATE,
    /** 未回应 — the incident closed without an answer of this kind */
    MISSED,
    /** 不再适用 — a re-assessment no longer owes it */
    WITHDRAWN
}
