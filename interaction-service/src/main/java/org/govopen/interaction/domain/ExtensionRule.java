package org.govopen.interaction.domain;

import java.time.LocalDate;

/**
 * Rules.md §5 — 延期: an extension is asked for before the due date; asked on a day after it, it is refused. The new due
 * date must come after the current one. (Approval by the office is the state machine's.)
 */
public final class ExtensionRule {

    /** Why an extension cannot be granted, or null when it can. */
    public static String refusal(LocalDate askedOn, LocalDate dueDate, LocalDate newDueDate) {
        if (askedOn.isAfter(dueDate)) {
            return "已超过答复期限（" + dueDate + "），不能申请延期";
        }
        if (!newDueDate.isAfter(dueDate)) {
            return "延期后的期限须晚于原答复期限（" + dueDate + "）";
        }
        return null;
    }

    private ExtensionRule() {
    }
}
