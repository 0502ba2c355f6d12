package org.govopen.catalog.domain;

/**
 * A document's disclosure attribute (公开属性), set when it is drafted (源头认定; seed 000: "此件公开发布"、
 * "此件可依申请公开"、"此件不公开").
 */
public enum DisclosureAttribute {
    PROACTIVE("主动公开", "此件公开发布"),
    ON_REQUEST("依申请公开", "此件可依申请公开"),
    NOT_DISCLOSED("不予公开", "此件不公开");

    private final String label;
    private final String marking;

    DisclosureAttribute(String label, String marking) {
        this.label = label;
        this.marking = marking;
    }

    public String label() {
        return label;
    }

    /** What is printed on the document. */
    public String marking() {
        return marking;
    }

    /**
     * 依申请公开 and 不予公开 must state a reason; without one the marking is refused (rules.md §2; 条例 and seed
     * 000: 对不予公开的公文……说明理由).
     */
    public boolean requiresReason() {
        return this != PROACTIVE;
    }

    /** Documents not proactively disclosed are re-checked periodically (动态调整). */
    public boolean isRechecked() {
        return this != PROACTIVE;
    }
}
