package org.govopen.console.domain;

/** Where an alert group stands with the operators (处置状态). */
public enum AlertStatus {
    /** 待认领: nobody has taken it; an unacknowledged breach is re-announced. */
    OPEN("待认领"),
    /** 已认领: an operator took it; no more reminders. */
    ACKNOWLEDGED("已认领"),
    /** 已解除: every alert of the case is over — resolved by its service, or by an operator with a reason. */
    RESOLVED("已解除");

    public final String label;

    AlertStatus(String label) {
        this.label = label;
    }
}
