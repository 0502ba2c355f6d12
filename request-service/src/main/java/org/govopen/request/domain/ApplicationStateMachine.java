package org.govopen.request.domain;

import static org.govopen.request.domain.ApplicationState.ARCHIVED;
import static org.govopen.request.domain.ApplicationState.AWAITING_CORRECTION;
import static org.govopen.request.domain.ApplicationState.DEEMED_ABANDONED;
import static org.govopen.request.domain.ApplicationState.DELIVERED;
import static org.govopen.request.domain.ApplicationState.IN_HANDLING;
import static org.govopen.request.domain.ApplicationState.REGISTERED;
import static org.govopen.request.domain.ApplicationState.REPLIED;
import static org.govopen.request.domain.ApplicationState.UNDER_REVIEW;
import static org.govopen.request.domain.ApplicationState.WITHDRAWN;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.govopen.commons.problem.IllegalTransitionException;

/**
 * Every allowed transition of an application, in one place (seed 004; 条例第四十五条):
 * <pre>
 * REGISTERED ──start review──▶ UNDER_REVIEW ──start handling──▶ IN_HANDLING ──reply──▶ REPLIED ──deliver──▶ DELIVERED ──archive──▶ ARCHIVED
 *     │ ▲ confirm receipt          │  ▲                             │ consult / answer / fee / payment / extend (clock rules)
 *     └──request correction──▶ AWAITING_CORRECTION ──submit correction──┘   (review may reply at once: not processed, not held…)
 * AWAITING_CORRECTION, IN_HANDLING ──(correction period or fee deadline runs out)──▶ DEEMED_ABANDONED ──archive──▶ ARCHIVED
 * any state before the reply ──withdraw──▶ WITHDRAWN ──archive──▶ ARCHIVED
 * </pre>
 * An action that keeps the state (confirming receipt, consultations, fees, an extension) is still a recorded
 * transition. Archiving locks the case; only a later administrative review or lawsuit may be recorded on it.
 */
public final class ApplicationStateMachine {

    private record Rule(Set<ApplicationState> from, ApplicationState to) {
    }

    private static final Set<ApplicationState> BEFORE_REPLY = EnumSet.of(REGISTERED, AWAITING_CORRECTION, UNDER_REVIEW, IN_HANDLING);
    private static final Map<ApplicationAction, Rule> RULES = new EnumMap<>(ApplicationAction.class);

    static {
        rule(ApplicationAction.CONFIRM_RECEIPT, EnumSet.of(REGISTERED), null);
        rule(ApplicationAction.REQUEST_CORRECTION, EnumSet.of(REGISTERED, UNDER_REVIEW), AWAITING_CORRECTION);
        rule(ApplicationAction.SUBMIT_CORRECTION, EnumSet.of(AWAITING_CORRECTION), UNDER_REVIEW);
        rule(ApplicationAction.START_REVIEW, EnumSet.of(REGISTERED), UNDER_REVIEW);
        rule(ApplicationAction.START_HANDLING, EnumSet.of(UNDER_REVIEW), IN_HANDLING);
        rule(ApplicationAction.START_CONSULTATION, EnumSet.of(IN_HANDLING), null);
        rule(ApplicationAction.ANSWER_CONSULTATION, EnumSet.of(IN_HANDLING), null);
        rule(ApplicationAction.EXTEND, EnumSet.of(UNDER_REVIEW, IN_HANDLING), null);
        rule(ApplicationAction.NOTIFY_FEE, EnumSet.of(IN_HANDLING), null);
        rule(ApplicationAction.RECORD_PAYMENT, EnumSet.of(IN_HANDLING), null);
        rule(ApplicationAction.SET_LATER_REPLY_DATE, EnumSet.of(UNDER_REVIEW, IN_HANDLING), null);
        rule(ApplicationAction.REPLY, EnumSet.of(UNDER_REVIEW, IN_HANDLING), REPLIED);
        rule(ApplicationAction.DELIVER, EnumSet.of(REPLIED), DELIVERED);
        rule(ApplicationAction.ARCHIVE, EnumSet.of(DELIVERED, DEEMED_ABANDONED, WITHDRAWN), ARCHIVED);
        rule(ApplicationAction.WITHDRAW, BEFORE_REPLY, WITHDRAWN);
        rule(ApplicationAction.DEEM_ABANDONED, EnumSet.of(AWAITING_CORRECTION, IN_HANDLING), DEEMED_ABANDONED);
        rule(ApplicationAction.RECORD_REMEDY, EnumSet.of(REPLIED, DELIVERED, ARCHIVED, DEEMED_ABANDONED), null);
    }

    private ApplicationStateMachine() {
    }

    private static void rule(ApplicationAction action, Set<ApplicationState> from, ApplicationState to) {
        RULES.put(action, new Rule(from, to));
    }

    /** The state after {@code action}; 409 naming the current state when the action is not allowed from it. */
    public static ApplicationState next(ApplicationState current, ApplicationAction action) {
        if (action == ApplicationAction.REGISTER) {
            if (current != null) {
                throw refused(current, action);
            }
            return REGISTERED;
        }
        Rule rule = RULES.get(action);
        if (current == null || !rule.from().contains(current)) {
            throw refused(current, action);
        }
        return rule.to() == null ? current : rule.to();
    }

    public static boolean allows(ApplicationState current, ApplicationAction action) {
        Rule rule = RULES.get(action);
        return rule != null && rule.from().contains(current);
    }

    /** What may be done next from {@code state}, for clients to offer. */
    public static List<ApplicationAction> allowedActions(ApplicationState state) {
        return Arrays.stream(ApplicationAction.values()).filter(a -> allows(state, a)).toList();
    }

    private static IllegalTransitionException refused(ApplicationState current, ApplicationAction action) {
        return new IllegalTransitionException(String.valueOf(current), current == null ? "未登记" : current.label(),
                action.label(), allowedActions(current).stream().map(Enum::name).toList());
    }
}
