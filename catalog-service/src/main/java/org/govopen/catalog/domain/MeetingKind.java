package org.govopen.catalog.domain;

/** Meetings of a decision's procedure that the public takes part in or sits in on. */
public enum MeetingKind {
    /** 听证会: held for decisions the catalogue marks 是否听证. */
    HEARING("听证会"),
    /** 决策会议 (集体讨论决定) with invited people sitting in (列席). */
    DELIBERATION("决策会议");

    private final String label;

    MeetingKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
