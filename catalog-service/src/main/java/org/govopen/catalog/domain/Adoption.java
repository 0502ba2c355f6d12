package org.govopen.catalog.domain;

/** Whether a comment was taken into the decision (采纳情况). */
public enum Adoption {
    ADOPTED("采纳"),
    PARTLY_ADOPTED("部分采纳"),
    NOT_ADOPTED("未采纳");

    private final String label;

    Adoption(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean counts() {
        return this != NOT_ADOPTED;
    }
}
