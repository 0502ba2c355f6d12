package org.govopen.sentiment.domain;

/** Where an incident (舆情事件) stands. */
public enum IncidentState {
    /** 处置中 — established; its windows run until answered */
    OPEN("处置中"),
    /** 已办结 — closed, open for evaluation (评估) */
    CLOSED("已办结"),
    /** 已合并 — merged into another incident, which carries on */
    MERGED("已合并");

    private final String label;

    IncidentState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
