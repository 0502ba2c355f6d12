package org.govopen.console.domain;

import java.util.List;
import java.util.Map;
import org.govopen.commons.problem.IllegalTransitionException;

/**
 * What an operator may do with an alert group in each status (告警处置). An action not allowed is a 409 naming the
 * status and what is allowed.
 * <pre>
 *   OPEN ──认领──▶ ACKNOWLEDGED ──解除──▶ RESOLVED
 *     └────────────解除────────────────▶    │ a new alert of the case: back to OPEN (same group)
 *   指派: OPEN or ACKNOWLEDGED, the status unchanged
 * </pre>
 * A service's own alerts never undo an operator's acknowledgement (alerta #1259): a breach after a warning that was
 * acknowledged raises the level, not the status. Only a new alert after the group was resolved opens it again.
 */
public final class AlertGroupStateMachine {

    /** The operators' actions. */
    public enum Action {
        ACKNOWLEDGE("认领"), ASSIGN("指派"), RESOLVE("解除");

        public final String label;

        Action(String label) {
            this.label = label;
        }
    }

    private static final Map<AlertStatus, List<Action>> ALLOWED = Map.of(
            AlertStatus.OPEN, List.of(Action.ACKNOWLEDGE, Action.ASSIGN, Action.RESOLVE),
            AlertStatus.ACKNOWLEDGED, List.of(Action.ASSIGN, Action.RESOLVE),
            AlertStatus.RESOLVED, List.of());

    private AlertGroupStateMachine() {
    }

    public static List<Action> allowed(AlertStatus status) {
        return ALLOWED.get(status);
    }

    /** 409 unless {@code action} is allowed in {@code status}; the status after it. */
    public static AlertStatus next(AlertStatus status, Action action) {
        if (!ALLOWED.get(status).contains(action)) {
            throw new IllegalTransitionException(status.name(), status.label, action.label,
                    ALLOWED.get(status).stream().map(Action::name).toList());
        }
        return switch (action) {
            case ACKNOWLEDGE -> AlertStatus.ACKNOWLEDGED;
            case ASSIGN -> status;
            case RESOLVE -> AlertStatus.RESOLVED;
        };
    }
}
