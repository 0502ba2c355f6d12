package org.govopen.interaction.domain;

/** What can happen to a message: each a recorded transition of {@link MessageStateMachine}, in the hotline's words. */
public enum MessageAction {
    RECEIVE("受理"),
    DISPATCH("派单"),
    RETURN("退单"),
    ACCEPT_RETURN("同意退单"),
    REFUSE_RETURN("驳回退单"),
    REASSIGN("改派"),
    REQUEST_EXTENSION("申请延期"),
    APPROVE_EXTENSION("批准延期"),
    REFUSE_EXTENSION("不批准延期"),
    MERGE("并单"),
    URGE("催办"),
    SUPERVISE("督办"),
    SUSPEND("挂起"),
    RESUME("恢复办理"),
    SUBMIT_REPLY("提交答复"),
    SEND_BACK("退回答复"),
    RELEASE_REPLY("审核通过并回复"),
    ANSWER_BY_MERGE("并单答复"),
    RATE("回访评价"),
    REOPEN("重办"),
    CLOSE("办结"),
    PUBLISH("公开选登"),
    UNPUBLISH("撤销公开");

    private final String label;

    MessageAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The event type on {@code govopen.interaction.events}, e.g. {@code govopen.interaction.message.dispatch}. */
    public String eventType() {
        return "govopen.interaction.message." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
