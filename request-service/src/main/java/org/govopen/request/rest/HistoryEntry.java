package org.govopen.request.rest;

import java.time.OffsetDateTime;
import org.govopen.request.domain.ApplicationAction;
import org.govopen.request.domain.ApplicationState;
import org.govopen.request.domain.Transition;

/** One step of a case's history; {@code actor} and {@code staffOnlyNote} are left out for the applicant. */
public record HistoryEntry(OffsetDateTime at, ApplicationAction action, String actionLabel, ApplicationState fromState,
                           ApplicationState toState, String stateLabel, String actor, String note, String staffOnlyNote) {

    public static HistoryEntry forStaff(Transition t) {
        return new HistoryEntry(t.at, t.action, t.action.label(), t.fromState, t.toState, t.toState.label(), t.actor,
                t.note, t.staffOnlyNote);
    }

    public static HistoryEntry forApplicant(Transition t) {
        return new HistoryEntry(t.at, t.action, t.action.label(), t.fromState, t.toState, t.toState.label(), null,
                t.note, null);
    }
}
