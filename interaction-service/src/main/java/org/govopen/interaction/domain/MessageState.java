package org.govopen.interaction.domain;

/** Where a message stands in the hotline's closed loop (受理、派单、办理、回复、回访、办结). */
public enum MessageState {
    /** 已受理, waiting for triage and dispatch by the office */
    RECEIVED("已受理"),
    /** 已派单: the lead unit is handling it */
    DISPATCHED("办理中"),
    /** 退单: the lead unit gave it back with a reason; the office reviews the return */
    RETURNED("退单待审核"),
    /** 挂起: time does not count (the writer is asked for more, by the office) */
    SUSPENDED("已挂起"),
    /** the lead unit's draft reply waits for the office's review */
    IN_REVIEW("答复待审核"),
    /** 已回复: the reply was sent; waiting for the writer's rating (回访) */
    REPLIED("已回复"),
    /** 已办结 */
    CLOSED("已办结"),
    /** 已并单: answered by the reply of the message it was merged into */
    MERGED("已并单");

    private final String label;

    MessageState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** No reply is owed any more. */
    public boolean isAnswered() {
        return this == REPLIED || this == CLOSED || this == MERGED;
    }
}
