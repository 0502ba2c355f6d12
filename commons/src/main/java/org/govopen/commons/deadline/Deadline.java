package org.govopen.commons.deadline;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.govopen.commons.calendar.DueDate;
import org.govopen.commons.calendar.WorkdayCalendar;

/**
 * A deadline as a row, not an in-memory timer (architecture § Deadlines): either "within N working days of
 * the basis date" with its pauses (rules.md §1), or a wall-clock instant (opinion windows). The sweeper
 * raises each warning point and the breach once; {@code generation} changes when a moved deadline re-arms an alert
 * stage.
 */
@Entity
@Table(name = "deadline")
public class Deadline extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "aggregate_type", nullable = false)
    public String aggregateType;

    @Column(name = "aggregate_id", nullable = false)
    public String aggregateId;

    @Column(nullable = false)
    public String kind;

    @Column(nullable = false)
    public String ref;

    /** Shown in alerts; never personal data (a case number, a title). */
    @Column(nullable = false)
    public String label;

    public String unit;

    /** D of "within N working days of D"; null for a wall-clock deadline. */
    @Column(name = "basis_date")
    public LocalDate basisDate;

    @Column(name = "working_days")
    public Integer workingDays;

    @Column(name = "warn_working_days")
    public Integer warnWorkingDays;

    @Column(name = "due_date")
    public LocalDate dueDate;

    @Column(name = "due_at", nullable = false)
    public OffsetDateTime dueAt;

    /** The first warning point (for working-day deadlines the only one); null: no warning. */
    @Column(name = "warn_at")
    public OffsetDateTime warnAt;

    /**
     * Every warning point, earliest first ({@link #warnAt} is the first): a wall-clock deadline may be warned more
     * than once (an opinion window at half and at four fifths of its length). Null or empty: none.
     */
    @Column(name = "warnings")
    public OffsetDateTime[] warnings;

    /** How many of the {@link #warnings} have been raised (a later point raised first counts the earlier ones in). */
    @Column(name = "warnings_fired", nullable = false)
    public int warningsFired;

    @Column(nullable = false)
    public boolean provisional;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DeadlineState state;

    /** How far this deadline's alerts have gone (not to be confused with {@link #state}, the clock's state). */
    @Enumerated(EnumType.STRING)
    @Column(name = "stage", nullable = false)
    public AlertStage alertStage;

    /** Day the clock stopped, while {@link DeadlineState#PAUSED}. */
    @Column(name = "paused_since")
    public LocalDate pausedSince;

    @Column(name = "next_fire_at")
    public OffsetDateTime nextFireAt;

    /**
     * Raised each time a moved deadline re-arms an alert stage (or a key is opened afresh): part of the alert id, so
     * the re-armed warning or breach is a new alert, while a repeat of the same one keeps its id.
     */
    @Column(name = "token", nullable = false)
    public int generation;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "deadline_pause", joinColumns = @JoinColumn(name = "deadline_id"))
    @OrderBy("stopDay")
    public List<DeadlinePause> pauses = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Column(name = "closed_at")
    public OffsetDateTime closedAt;

    @Version
    public long version;

    public DeadlineKey key() {
        return new DeadlineKey(aggregateType, aggregateId, kind, ref);
    }

    public boolean countsWorkingDays() {
        return basisDate != null;
    }

    /** The due date with its explanation, by the current calendar (working-day deadlines only). */
    public DueDate explain(WorkdayCalendar calendar) {
        return calendar.dueDate(basisDate, workingDays, pauses.stream().map(DeadlinePause::toPause).toList());
    }

    /**
     * Recomputes due and warning times from the calendar and re-arms a stage the new times put back in the
     * future. Wall-clock deadlines keep their times.
     */
    void reschedule(WorkdayCalendar calendar, OffsetDateTime now) {
        if (countsWorkingDays()) {
            DueDate due = explain(calendar);
            dueDate = due.dueDate();
            dueAt = due.dueAt();
            provisional = due.provisional();
            // N > 0: at the start of the N-th working day before the due date; 0: at the start of the due date itself
            // (a one-day period, whose day before is the day it counts from); negative: no warning
            warnAt = warnWorkingDays == null || warnWorkingDays < 0 ? null
                    : WorkdayCalendar.startOf(warnWorkingDays == 0 ? dueDate : calendar.subtractWorkingDays(dueDate, warnWorkingDays));
            warnings = warnAt == null ? null : new OffsetDateTime[] {warnAt};
        } else {
            // the day the instant falls in, in Asia/Shanghai (a deadline at 24:00 belongs to the day before)
            dueDate = dueAt.minusNanos(1).atZoneSameInstant(WorkdayCalendar.ZONE).toLocalDate();
        }
        int passed = warningsPassed(now);
        if (alertStage == AlertStage.BREACHED && now.isBefore(dueAt)) {
            warningsFired = passed; // the points already behind us are not raised again
            alertStage = passed > 0 ? AlertStage.WARNED : AlertStage.PENDING;
            generation++;
        } else if (alertStage == AlertStage.WARNED && passed < warningsFired) {
            warningsFired = passed;
            alertStage = passed > 0 ? AlertStage.WARNED : AlertStage.PENDING;
            generation++;
        }
        updatedAt = now;
        armNextFire();
    }

    /** The warning points, earliest first; empty when there are none. */
    public java.util.List<OffsetDateTime> warningPoints() {
        if (warnings != null && warnings.length > 0) {
            return java.util.Arrays.stream(warnings).sorted().toList();
        }
        return warnAt == null ? java.util.List.of() : java.util.List.of(warnAt);
    }

    /** How many warning points before the due time have come by {@code now}. */
    int warningsPassed(OffsetDateTime now) {
        int n = 0;
        for (OffsetDateTime w : warningPoints()) {
            if (w.isBefore(dueAt) && !now.isBefore(w)) {
                n++;
            }
        }
        return n;
    }

    /** Whether any alert of this life of the deadline went out (a warning or the breach). */
    public boolean hasAlerted() {
        return alertStage != AlertStage.PENDING;
    }

    void armNextFire() {
        if (state != DeadlineState.ACTIVE || alertStage == AlertStage.BREACHED) {
            nextFireAt = null;
            return;
        }
        java.util.List<OffsetDateTime> points = warningPoints();
        OffsetDateTime next = dueAt;
        if (warningsFired < points.size() && points.get(warningsFired).isBefore(dueAt)) {
            next = points.get(warningsFired);
        }
        nextFireAt = next;
    }
}
