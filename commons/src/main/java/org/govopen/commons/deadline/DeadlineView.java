package org.govopen.commons.deadline;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A deadline as operators see it. */
public record DeadlineView(
        String aggregateType,
        String aggregateId,
        String kind,
        String ref,
        String label,
        String unit,
        LocalDate basisDate,
        Integer workingDays,
        LocalDate dueDate,
        OffsetDateTime dueAt,
        OffsetDateTime warnAt,
        boolean provisional,
        DeadlineState state,
        AlertStage alertStage,
        LocalDate pausedSince,
        java.util.List<OffsetDateTime> warnings) {

    public static DeadlineView of(Deadline d) {
        return new DeadlineView(d.aggregateType, d.aggregateId, d.kind, d.ref, d.label, d.unit, d.basisDate,
                d.workingDays, d.dueDate, d.dueAt, d.warnAt, d.provisional, d.state, d.alertStage, d.pausedSince, d.warningPoints());
    }
}
