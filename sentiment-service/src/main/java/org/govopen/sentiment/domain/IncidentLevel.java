package org.govopen.sentiment.domain;

/**
 * The level an assessment (研判) gives an incident (突发事件分级: 特别重大、重大、较大、一般). The two highest carry
 * the 1 h / 5 h / 24 h windows of 国办发〔2016〕80号; the others the 48 h response of 国办发〔2016〕61号.
 */
public enum IncidentLevel {
    ESPECIALLY_MAJOR("特别重大"),
    MAJOR("重大"),
    LARGE("较大"),
    ORDINARY("一般");

    private final String label;

    IncidentLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** 特别重大 or 重大: the emergency windows apply. */
    public boolean isMajor() {
        return this == ESPECIALLY_MAJOR || this == MAJOR;
    }

    /** Whether this level is more serious than {@code other}. */
    public boolean isAbove(IncidentLevel other) {
        return ordinal() < other.ordinal();
    }
}
