package org.govopen.sentiment.domain;

/** What a response (回应) was. */
public enum ResponseKind {
    /** 发布事实信息 */
    FACTS("发布事实信息"),
    /** 发布权威信息 */
    AUTHORITATIVE_INFORMATION("发布权威信息"),
    /** 召开新闻发布会 */
    PRESS_CONFERENCE("召开新闻发布会"),
    /** 其他回应（答复网民、情况说明等） */
    OTHER("其他回应");

    private final String label;

    ResponseKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
