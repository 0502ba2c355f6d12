package org.govopen.sentiment.domain;

/** What must be out by the end of a response window (回应时限). */
public enum ResponseWindowKind {
    /** 发布客观事实 — facts released, within 1 hour in principle */
    FACTS("发布事实信息"),
    /** 发布权威信息 — authoritative information, within 5 hours at the latest */
    AUTHORITATIVE_INFORMATION("发布权威信息"),
    /** 召开新闻发布会 — a press conference within 24 hours, where there are major casualties or wide social impact */
    PRESS_CONFERENCE("召开新闻发布会"),
    /** 回应 — a response within 48 hours, for every other incident */
    RESPONSE("作出回应");

    private final String label;

    ResponseWindowKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
