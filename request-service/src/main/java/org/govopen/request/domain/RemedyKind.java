package org.govopen.request.domain;

/** The columns groups of the annual report's table of 行政复议 and 行政诉讼. */
public enum RemedyKind {
    ADMINISTRATIVE_REVIEW("行政复议"),
    LITIGATION_WITHOUT_REVIEW("行政诉讼（未经复议直接起诉）"),
    LITIGATION_AFTER_REVIEW("行政诉讼（复议后起诉）");

    private final String label;

    RemedyKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
