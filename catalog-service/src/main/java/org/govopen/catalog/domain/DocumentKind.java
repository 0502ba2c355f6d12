package org.govopen.catalog.domain;

/** What kind of document it is, as table 二 of the annual report counts them (第二十条第（一）项). */
public enum DocumentKind {
    /** 规章. */
    REGULATION("规章"),
    /** 行政规范性文件. */
    NORMATIVE("行政规范性文件"),
    /** Every other document. */
    OTHER("其他公文");

    private final String label;

    DocumentKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
