package org.govopen.interaction.domain;

import static org.govopen.interaction.domain.MessageState.CLOSED;
import static org.govopen.interaction.domain.MessageState.DISPATCHED;
import static org.govopen.interaction.domain.MessageState.IN_REVIEW;
import static org.govopen.interaction.domain.MessageState.MERGED;
import static org.govopen.interaction.domain.MessageState.RECEIVED;
import static org.govopen.interaction.domain.MessageState.REPLIED;
import static org.govopen.interaction.domain.MessageState.RETURNED;
import static org.govopen.interaction.domain.MessageState.SUSPENDED;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.govopen.commons.problem.IllegalTransitionException;

/**
 * The one state machine of a message or ticket (rules.md §5: 受理, 派单, 办理, 回复, 回访, 办结, 退单, 改派, 延期, 并单,
 * 督办). An action not allowed in the current state is a 409 naming the state and what is allowed.
 * <pre>
 *  RECEIVED ──派单──▶ DISPATCHED ──提交答复──▶ IN_REVIEW ──审核通过──▶ REPLIED ──评价/办结──▶ CLOSED
 *     ▲  ▲              │  ▲  ▲ 改派/延期/催办       │ 退回答复                │ 不满意 → 重办 (once)
 *     │  └─同意退单── RETURNED ◀─退单┘  └────────────┘                         └──▶ DISPATCHED
 *     │                 驳回退单 → DISPATCHED;  挂起 ⇄ SUSPENDED;  并单 → MERGED (answered with the other's reply)
 * </pre>
 */
public final class MessageStateMachine {

    private static final Map<MessageState, Map<MessageAction, MessageState>> NEXT = new EnumMap<>(MessageState.class);

    static {
        on(RECEIVED, MessageAction.DISPATCH, DISPATCHED);
        on(RECEIVED, MessageAction.MERGE, MERGED);
        on(RECEIVED, MessageAction.URGE, RECEIVED);
        on(RECEIVED, MessageAction.SUPERVISE, RECEIVED);

        on(DISPATCHED, MessageAction.RETURN, RETURNED);
        on(DISPATCHED, MessageAction.REASSIGN, DISPATCHED);
        on(DISPATCHED, MessageAction.REQUEST_EXTENSION, DISPATCHED);
        on(DISPATCHED, MessageAction.APPROVE_EXTENSION, DISPATCHED);
        on(DISPATCHED, MessageAction.REFUSE_EXTENSION, DISPATCHED);
        on(DISPATCHED, MessageAction.MERGE, MERGED);
        on(DISPATCHED, MessageAction.URGE, DISPATCHED);
        on(DISPATCHED, MessageAction.SUPERVISE, DISPATCHED);
        on(DISPATCHED, MessageAction.SUSPEND, SUSPENDED);
        on(DISPATCHED, MessageAction.SUBMIT_REPLY, IN_REVIEW);

        on(RETURNED, MessageAction.ACCEPT_RETURN, RECEIVED);
        on(RETURNED, MessageAction.REFUSE_RETURN, DISPATCHED);
        on(RETURNED, MessageAction.REASSIGN, DISPATCHED);
        on(RETURNED, MessageAction.MERGE, MERGED);
        on(RETURNED, MessageAction.URGE, RETURNED);
        on(RETURNED, MessageAction.SUPERVISE, RETURNED);

        on(SUSPENDED, MessageAction.RESUME, DISPATCHED);

        on(IN_REVIEW, MessageAction.SEND_BACK, DISPATCHED);
        on(IN_REVIEW, MessageAction.RELEASE_REPLY, REPLIED);
        on(IN_REVIEW, MessageAction.URGE, IN_REVIEW);
        on(IN_REVIEW, MessageAction.SUPERVISE, IN_REVIEW);

        on(REPLIED, MessageAction.RATE, CLOSED);
        on(REPLIED, MessageAction.REOPEN, DISPATCHED);
        on(REPLIED, MessageAction.CLOSE, CLOSED);
        on(REPLIED, MessageAction.PUBLISH, REPLIED);
        on(REPLIED, MessageAction.UNPUBLISH, REPLIED);

        on(CLOSED, MessageAction.RATE, CLOSED);
        on(CLOSED, MessageAction.REOPEN, DISPATCHED);
        on(CLOSED, MessageAction.PUBLISH, CLOSED);
        on(CLOSED, MessageAction.UNPUBLISH, CLOSED);

        on(MERGED, MessageAction.ANSWER_BY_MERGE, MERGED);
    }

    private MessageStateMachine() {
    }

    private static void on(MessageState from, MessageAction action, MessageState to) {
        NEXT.computeIfAbsent(from, s -> new EnumMap<>(MessageAction.class)).put(action, to);
    }

    public static MessageState next(MessageState from, MessageAction action) {
        if (from == null && action == MessageAction.RECEIVE) {
            return RECEIVED;
        }
        MessageState to = from == null ? null : NEXT.getOrDefault(from, Map.of()).get(action);
        if (to == null) {
            throw new IllegalTransitionException(String.valueOf(from), from == null ? "—" : from.label(), action.name(),
                    allowed(from).stream().map(Enum::name).toList());
        }
        return to;
    }

    public static boolean allows(MessageState from, MessageAction action) {
        return from != null && NEXT.getOrDefault(from, Map.of()).containsKey(action);
    }

    /** What may be done next (for the staff view). */
    public static List<MessageAction> allowed(MessageState state) {
        return state == null ? List.of() : new ArrayList<>(NEXT.getOrDefault(state, Map.of()).keySet());
    }
}
