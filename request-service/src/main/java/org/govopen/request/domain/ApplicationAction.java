package org.govopen.request.domain;

/** What can be done to an application; {@code eventName} is the last part of its event type. */
public enum ApplicationAction {
    REGISTER("登记", "registered"),
    CONFIRM_RECEIPT("确认收到申请", "receipt-confirmed"),
    REQUEST_CORRECTION("告知补正", "correction-requested"),
    SUBMIT_CORRECTION("收到补正申请", "correction-submitted"),
    START_REVIEW("审核", "review-started"),
    START_HANDLING("转交办理", "handling-started"),
    START_CONSULTATION("征求意见", "consultation-started"),
    ANSWER_CONSULTATION("收到征求意见答复", "consultation-answered"),
    EXTEND("延长答复期限", "extended"),
    NOTIFY_FEE("发出收费通知", "fee-notified"),
    RECORD_PAYMENT("收到缴费", "fee-paid"),
    SET_LATER_REPLY_DATE("确定延迟答复期限", "later-reply-date-set"),
    REPLY("答复", "replied"),
    DELIVER("送达", "delivered"),
    ARCHIVE("归档", "archived"),
    WITHDRAW("撤回申请", "withdrawn"),
    DEEM_ABANDONED("视为放弃申请", "deemed-abandoned"),
    RECORD_REMEDY("登记行政复议或诉讼", "remedy-recorded");

    private final String label;
    private final String eventName;

    ApplicationAction(String label, String eventName) {
        this.label = label;
        this.eventName = eventName;
    }

    public String label() {
        return label;
    }

    public String eventType() {
        return "govopen.request.application." + eventName;
    }
}
