package org.govopen.catalog.domain;

/** Whether a document is still in force, or obsolete and cleaned up (对失效政府信息进行清理). */
public enum DocumentStatus {
    IN_FORCE("有效"),
    OBSOLETE("已失效");

    private final String label;

    DocumentStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
