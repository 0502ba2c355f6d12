package org.govopen.request.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.govopen.commons.problem.IllegalTransitionException;
import org.junit.jupiter.api.Test;

/** Seed 004 / 条例第四十五条: 登记 → 审核 → 办理 → 答复 → 送达 → 归档, with correction, abandonment and withdrawal. */
class ApplicationStateMachineTest {

    @Test
    void theMainRoad() {
        ApplicationState s = ApplicationStateMachine.next(null, ApplicationAction.REGISTER);
        assertEquals(ApplicationState.REGISTERED, s);
        s = ApplicationStateMachine.next(s, ApplicationAction.START_REVIEW);
        s = ApplicationStateMachine.next(s, ApplicationAction.START_HANDLING);
        assertEquals(ApplicationState.IN_HANDLING, ApplicationStateMachine.next(s, ApplicationAction.START_CONSULTATION));
        s = ApplicationStateMachine.next(s, ApplicationAction.REPLY);
        s = ApplicationStateMachine.next(s, ApplicationAction.DELIVER);
        assertEquals(ApplicationState.ARCHIVED, ApplicationStateMachine.next(s, ApplicationAction.ARCHIVE));
    }

    @Test
    void correctionLeadsBackToReview() {
        ApplicationState s = ApplicationStateMachine.next(ApplicationState.REGISTERED, ApplicationAction.REQUEST_CORRECTION);
        assertEquals(ApplicationState.AWAITING_CORRECTION, s);
        assertEquals(ApplicationState.UNDER_REVIEW, ApplicationStateMachine.next(s, ApplicationAction.SUBMIT_CORRECTION));
        assertEquals(ApplicationState.DEEMED_ABANDONED, ApplicationStateMachine.next(s, ApplicationAction.DEEM_ABANDONED));
    }

    @Test
    void aForbiddenTransitionNamesTheCurrentState() {
        IllegalTransitionException e = assertThrows(IllegalTransitionException.class,
                () -> ApplicationStateMachine.next(ApplicationState.REGISTERED, ApplicationAction.REPLY));
        assertEquals("REGISTERED", e.toProblem().extensions().get("currentState"));
        assertTrue(e.getMessage().contains("已登记"), e.getMessage());
    }

    @Test
    void anArchivedCaseIsLockedButForALaterReviewOrLawsuit() {
        assertEquals(List.of(ApplicationAction.RECORD_REMEDY), ApplicationStateMachine.allowedActions(ApplicationState.ARCHIVED));
        assertThrows(IllegalTransitionException.class,
                () -> ApplicationStateMachine.next(ApplicationState.ARCHIVED, ApplicationAction.REPLY));
    }

    @Test
    void withdrawalOnlyBeforeTheReply() {
        assertTrue(ApplicationStateMachine.allows(ApplicationState.IN_HANDLING, ApplicationAction.WITHDRAW));
        assertFalse(ApplicationStateMachine.allows(ApplicationState.REPLIED, ApplicationAction.WITHDRAW));
    }
}
