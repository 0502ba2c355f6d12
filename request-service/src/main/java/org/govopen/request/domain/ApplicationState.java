package org.govopen.request.domain;

/** Where an application stands (seed 004; 条例第四十五条: 登记、审核、办理、答复、送达、归档). */
public enum ApplicationState {
    REGISTERED("已登记"),
    AWAITING_CORRECTION("待补正"),
    UNDER_REVIEW("审核中"),
    IN_HANDLING("办理中"),
    REPLIED("已答复"),
    DELIVERED("已送达"),
    ARCHIVED("已归档"),
    DEEMED_ABANDONED("视为放弃"),
    WITHDRAWN("已撤回");

    private final String label;

    ApplicationState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** No answer is due any more: replied, abandoned, withdrawn, or later. */
    public boolean isConcluded() {
        return this == REPLIED || this == DELIVERED || this == ARCHIVED || this == DEEMED_ABANDONED || this == WITHDRAWN;
    }
}
