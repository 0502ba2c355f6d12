package org.govopen.interaction.domain;

import java.time.OffsetDateTime;

/**
 * Rules.md §5 — 催办 and 督办: the office urges a unit before the due date (催办) and supervises it after a breach
 * (督办). One action of the desk; which it is follows from the time.
 */
public final class UrgingRule {

    private UrgingRule() {
    }

    public static MessageAction actionAt(OffsetDateTime now, OffsetDateTime dueAt) {
        return dueAt != null && !now.isBefore(dueAt) ? MessageAction.SUPERVISE : MessageAction.URGE;
    }
}
