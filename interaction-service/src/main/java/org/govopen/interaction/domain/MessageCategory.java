package org.govopen.interaction.domain;

/** What a message or ticket is (留言类别); also the Open311 {@code service_code}. */
public enum MessageCategory {
    /** 咨询 */
    CONSULTATION("咨询"),
    /** 建议 */
    SUGGESTION("建议"),
    /** 投诉 */
    COMPLAINT("投诉"),
    /** 求助 */
    REQUEST_FOR_HELP("求助"),
    /** 举报 */
    REPORT("举报"),
    /** 其他 */
    OTHER("其他");

    private final String label;

    MessageCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
