package org.govopen.sentiment.domain;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.govopen.commons.problem.IllegalTransitionException;

/**
 * The incident's state machine: an open incident is assessed, given signals, answered, escalated, merged into
 * another or closed; a closed or merged one takes nothing more (a 409 naming its state).
 */
public final class IncidentLifecycle {

    /** What an open incident takes (the actions a user can ask for; escalation and absorbing come from the system). */
    private static final Set<IncidentAction> ON_OPEN = EnumSet.of(IncidentAction.ASSESS, IncidentAction.ATTACH_SIGNALS,
            IncidentAction.RESPOND, IncidentAction.MERGE, IncidentAction.CLOSE);

    private IncidentLifecycle() {
    }

    public static IncidentState next(IncidentState from, IncidentAction action) {
        if (from == null && action == IncidentAction.OPEN) {
            return IncidentState.OPEN;
        }
        if (from == IncidentState.OPEN && (ON_OPEN.contains(action) || action == IncidentAction.ESCALATE
                || action == IncidentAction.ABSORB)) {
            return switch (action) {
                case MERGE -> IncidentState.MERGED;
                case CLOSE -> IncidentState.CLOSED;
                default -> IncidentState.OPEN;
            };
        }
        throw new IllegalTransitionException(String.valueOf(from), from == null ? "—" : from.label(), action.name(),
                allowed(from).stream().map(Enum::name).toList());
    }

    /** The actions a user may take next. */
    public static List<IncidentAction> allowed(IncidentState state) {
        return state == IncidentState.OPEN ? List.copyOf(ON_OPEN) : List.of();
    }
}
