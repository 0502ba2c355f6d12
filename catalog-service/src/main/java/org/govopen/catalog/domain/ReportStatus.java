package org.govopen.catalog.domain;

/** Where a unit's annual report stands. */
public enum ReportStatus {
    DRAFT("草稿"),
    APPROVED("已审定"),
    PUBLISHED("已公布");

    private final String label;

    ReportStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
