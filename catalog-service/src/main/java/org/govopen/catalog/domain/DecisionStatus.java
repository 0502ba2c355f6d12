package org.govopen.catalog.domain;

/** Where a major decision of the catalogue stands. */
public enum DecisionStatus {
    /** In the catalogue, not yet decided (计划). */
    PLANNED("计划"),
    /** Decided, with its record (已决策). */
    DECIDED("已决策"),
    /** Taken out of the catalogue with a reason (调出目录). */
    WITHDRAWN("已调出");

    private final String label;

    DecisionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
