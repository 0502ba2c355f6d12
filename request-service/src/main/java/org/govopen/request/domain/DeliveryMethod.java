package org.govopen.request.domain;

/** How the reply reaches the applicant (送达方式). */
public enum DeliveryMethod {
    POST("邮寄"),
    EMAIL("电子邮件"),
    PICK_UP("当面领取"),
    ONLINE_PLATFORM("网上申请平台"),
    FAX("传真");

    private final String label;

    DeliveryMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
