package org.govopen.interaction.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.govopen.commons.problem.IllegalTransitionException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Rules.md §5: the hotline's closed loop (受理、派单、办理、回复、回访、办结) with 退单, 改派, 延期, 并单, 督办 as one state
 * machine; the matter rule for 并单 and clusters; urging and supervising.
 */
class MessageStateMachineTest {

    @Test
    @DisplayName("rules.md §5: 受理 → 派单 → 提交答复 → 审核通过 → 回访 → 办结, and 重办 back to the unit")
    void theClosedLoop() {
        MessageState s = MessageStateMachine.next(null, MessageAction.RECEIVE);
        assertEquals(MessageState.RECEIVED, s);
        s = MessageStateMachine.next(s, MessageAction.DISPATCH);
        assertEquals(MessageState.DISPATCHED, s);
        s = MessageStateMachine.next(s, MessageAction.SUBMIT_REPLY);
        assertEquals(MessageState.IN_REVIEW, s);
        assertEquals(MessageState.DISPATCHED, MessageStateMachine.next(s, MessageAction.SEND_BACK));
        s = MessageStateMachine.next(s, MessageAction.RELEASE_REPLY);
        assertEquals(MessageState.REPLIED, s);
        assertEquals(MessageState.DISPATCHED, MessageStateMachine.next(s, MessageAction.REOPEN));
        assertEquals(MessageState.CLOSED, MessageStateMachine.next(s, MessageAction.RATE));
    }

    @Test
    @DisplayName("rules.md §5: 退单 is reviewed (accepted → the desk, refused → the unit); 改派 and 延期 keep the message with a unit")
    void returnsReassignmentsExtensions() {
        assertEquals(MessageState.RECEIVED, MessageStateMachine.next(MessageState.RETURNED, MessageAction.ACCEPT_RETURN));
        assertEquals(MessageState.DISPATCHED, MessageStateMachine.next(MessageState.RETURNED, MessageAction.REFUSE_RETURN));
        assertEquals(MessageState.DISPATCHED, MessageStateMachine.next(MessageState.DISPATCHED, MessageAction.REASSIGN));
        assertEquals(MessageState.DISPATCHED, MessageStateMachine.next(MessageState.DISPATCHED, MessageAction.REQUEST_EXTENSION));
        assertEquals(MessageState.MERGED, MessageStateMachine.next(MessageState.RECEIVED, MessageAction.MERGE));
    }

    @Test
    @DisplayName("an action the state does not allow is refused with the state and what is allowed; a merged or closed case takes no new handling")
    void refusals() {
        var e = assertThrows(IllegalTransitionException.class,
                () -> MessageStateMachine.next(MessageState.RECEIVED, MessageAction.RELEASE_REPLY));
        assertTrue(e.getMessage().contains("已受理"), e.getMessage());
        assertThrows(IllegalTransitionException.class, () -> MessageStateMachine.next(MessageState.MERGED, MessageAction.DISPATCH));
        assertThrows(IllegalTransitionException.class, () -> MessageStateMachine.next(MessageState.CLOSED, MessageAction.RETURN));
        assertThrows(IllegalTransitionException.class, () -> MessageStateMachine.next(MessageState.SUSPENDED, MessageAction.SUBMIT_REPLY));
        assertFalse(MessageStateMachine.allows(MessageState.MERGED, MessageAction.RATE));
        assertEquals(List.of(MessageAction.RESUME), MessageStateMachine.allowed(MessageState.SUSPENDED));
    }

    @Test
    @DisplayName("rules.md §5 督办: urging before the due time is 催办, at or after it 督办")
    void urgingRule() {
        OffsetDateTime due = OffsetDateTime.parse("2026-11-10T00:00:00+08:00");
        assertEquals(MessageAction.URGE, UrgingRule.actionAt(due.minusSeconds(1), due));
        assertEquals(MessageAction.SUPERVISE, UrgingRule.actionAt(due, due));
        assertEquals(MessageAction.URGE, UrgingRule.actionAt(due, null));
    }

    @Test
    @DisplayName("rules.md §5 并单 / issue 10 §8: one matter is the catalogue's longest matter named, else the subject without spaces, punctuation and full-width forms")
    void matterRule() {
        assertEquals(MatterRule.keyOf("小区 噪音！", "x", List.of()), MatterRule.keyOf("小区噪音", "y", List.of()));
        assertEquals(MatterRule.keyOf("ＡＢＣ小区噪音", "", List.of()), MatterRule.keyOf("abc小区噪音", "", List.of()));
        assertEquals("m:施工噪音", MatterRule.keyOf("晚上很吵", "工地施工噪音扰民", List.of("噪音", "施工噪音")));
        assertEquals("s:晚上很吵", MatterRule.keyOf("晚上很吵", "楼上跳舞", List.of("噪音")));
    }

    @Test
    @DisplayName("issue 10 §8: a cluster is the threshold's number of messages within the window; it continues within the window of its last message")
    void clusterRule() {
        assertFalse(ClusterRule.isCluster(4, 5));
        assertTrue(ClusterRule.isCluster(5, 5));
        OffsetDateTime last = OffsetDateTime.parse("2026-11-02T10:00:00+08:00");
        // a message 24 h after the last still continues the cluster (the last is not before its window's start), one later not
        assertFalse(last.isBefore(ClusterRule.windowStart(last.plusHours(24), Duration.ofHours(24))));
        assertTrue(last.isBefore(ClusterRule.windowStart(last.plusHours(24).plusSeconds(1), Duration.ofHours(24))));
    }

    @Test
    @DisplayName("seed 002 简单常见问题: a knowledge-base question nearly all of whose words the message contains is a close match")
    void simpleQuestionRule() {
        double score = SimpleQuestionRule.score(List.of("居住证", "办理"), List.of("请问", "居住证", "怎么", "办理"));
        assertEquals(1.0, score);
        assertTrue(SimpleQuestionRule.isCloseMatch(score, 0.75));
        assertFalse(SimpleQuestionRule.isCloseMatch(SimpleQuestionRule.score(List.of("居住证", "办理", "材料", "时间"),
                List.of("居住证", "办理")), 0.75));
        assertEquals(0, SimpleQuestionRule.score(List.of(), List.of("x")));
    }

    @Test
    @DisplayName("issue 10 §6 (fixmystreet #1957): a unit below the minimum count is not ranked")
    void rankingRule() {
        assertFalse(RankingRule.isRanked(9, 10));
        assertTrue(RankingRule.isRanked(10, 10));
    }
}
