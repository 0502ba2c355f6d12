package org.govopen.catalog.api;

import java.time.OffsetDateTime;
import org.govopen.catalog.domain.EntryTransition;

/** One step of an entry's history: who did what, when, from which state to which, with what note. */
public record TransitionView(String action, String actionLabel, String fromState, String toState, String actor,
                             OffsetDateTime at, String note) {

    public static TransitionView of(EntryTransition t) {
        return new TransitionView(t.action.name(), t.action.label(), t.fromState == null ? null : t.fromState.name(),
                t.toState.name(), t.actor, t.at, t.note);
    }
}
