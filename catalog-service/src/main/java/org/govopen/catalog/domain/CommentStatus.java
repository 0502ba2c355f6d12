package org.govopen.catalog.domain;

/** A public comment's moderation (审核): kept pending until staff publish or reject it. */
public enum CommentStatus {
    PENDING("待审核"),
    PUBLISHED("已公开"),
    REJECTED("不予公开");

    private final String label;

    CommentStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
