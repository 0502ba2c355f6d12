package org.govopen.request.domain;

/** How an application reached the office (申请渠道). */
public enum Channel {
    ONLINE("在线"),
    IN_PERSON("当面"),
    POST("邮寄"),
    FAX("传真"),
    HOTLINE_12345("12345 转来");

    private final String label;

    Channel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
