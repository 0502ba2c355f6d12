package org.govopen.interaction.domain;

/** The five levels of the 政务服务"好差评" scale (rules.md §5), best first. */
public enum Satisfaction {
    VERY_SATISFIED("非常满意"),
    SATISFIED("满意"),
    BASICALLY_SATISFIED("基本满意"),
    DISSATISFIED("不满意"),
    VERY_DISSATISFIED("非常不满意");

    private final String label;

    Satisfaction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** 满意率 counts the three satisfied levels. */
    public boolean satisfied() {
        return ordinal() <= BASICALLY_SATISFIED.ordinal();
    }
}
