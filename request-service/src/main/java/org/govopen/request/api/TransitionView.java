package org.govopen.request.api;

import java.time.OffsetDateTime;
import org.govopen.request.domain.ApplicationAction;
import org.govopen.request.domain.ApplicationState;
import org.govopen.request.domain.Transition;

/** One step of a case's history; {@code actor} and {@code staffOnlyNote} are left out for the applicant. */
public record TransitionView(OffsetDateTime at, ApplicationAction action, String actionLabel, ApplicationState fromState,
                           ApplicationState toState, String stateLabel, String actor, String note, String staffOnlyNote) {

    public static TransitionView forStaff(Transition t) {
        return new TransitionView(t.at, t.action, t.action.label(), t.fromState, t.toState, t.toState.label(), t.actor,
                t.note, t.staffOnlyNote);
    }

    public static TransitionView forApplicant(Transition t) {
        return new TransitionView(t.at, t.action, t.action.label(), t.fromState, t.toState, t.toState.label(), null,
                t.note, null);
    }
}
