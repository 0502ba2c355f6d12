package org.govopen.sentiment.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.govopen.commons.problem.IllegalTransitionException;
import org.junit.jupiter.api.Test;

/** The incident's state machine: an open incident takes the desk's actions; a closed or merged one takes none. */
class IncidentLifecycleTest {

    @Test
    void anOpenIncidentIsAssessedAnsweredMergedOrClosed() {
        assertEquals(IncidentState.OPEN, IncidentLifecycle.next(null, IncidentAction.OPEN));
        assertEquals(IncidentState.OPEN, IncidentLifecycle.next(IncidentState.OPEN, IncidentAction.ASSESS));
        assertEquals(IncidentState.OPEN, IncidentLifecycle.next(IncidentState.OPEN, IncidentAction.ESCALATE));
        assertEquals(IncidentState.MERGED, IncidentLifecycle.next(IncidentState.OPEN, IncidentAction.MERGE));
        assertEquals(IncidentState.CLOSED, IncidentLifecycle.next(IncidentState.OPEN, IncidentAction.CLOSE));
        assertEquals(List.of(IncidentAction.ASSESS, IncidentAction.ATTACH_SIGNALS, IncidentAction.RESPOND, IncidentAction.MERGE,
                IncidentAction.CLOSE), IncidentLifecycle.allowed(IncidentState.OPEN));
    }

    @Test
    void aClosedOrMergedIncidentTakesNothing() {
        for (IncidentState s : List.of(IncidentState.CLOSED, IncidentState.MERGED)) {
            for (IncidentAction a : IncidentAction.values()) {
                assertThrows(IllegalTransitionException.class, () -> IncidentLifecycle.next(s, a), s + " " + a);
            }
            assertEquals(List.of(), IncidentLifecycle.allowed(s));
        }
        assertThrows(IllegalTransitionException.class, () -> IncidentLifecycle.next(IncidentState.OPEN, IncidentAction.OPEN));
    }
}
