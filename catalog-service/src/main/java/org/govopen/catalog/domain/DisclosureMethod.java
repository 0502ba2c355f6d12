package org.govopen.catalog.domain;

/** 公开方式 of a catalogue entry. */
public enum DisclosureMethod {
    PROACTIVE("主动公开"),
    ON_REQUEST("依申请公开");

    private final String label;

    DisclosureMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
