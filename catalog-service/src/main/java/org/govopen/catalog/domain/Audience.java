package org.govopen.catalog.domain;

/** 公开对象 of a catalogue entry. */
public enum Audience {
    PUBLIC("全社会"),
    SPECIFIC_GROUP("特定群体");

    private final String label;

    Audience(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
