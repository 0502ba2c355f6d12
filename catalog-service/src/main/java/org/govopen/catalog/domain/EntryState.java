package org.govopen.catalog.domain;

/** Where an entry's working copy stands in its life cycle (seed 000: 编制 → 报审 → 审核 → 公开). */
public enum EntryState {
    DRAFT("草稿"),
    SUBMITTED("待审核"),
    RETURNED("退回修改"),
    APPROVED("审核通过"),
    PUBLISHED("已公开");

    private final String label;

    EntryState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
