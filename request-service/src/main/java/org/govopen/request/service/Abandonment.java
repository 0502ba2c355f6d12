package org.govopen.request.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.util.UUID;
import org.govopen.commons.deadline.DeadlineAlert;
import org.govopen.commons.deadline.DeadlineFired;
import org.govopen.commons.deadline.Deadlines;
import org.govopen.request.domain.Application;
import org.govopen.request.domain.ApplicationAction;
import org.govopen.request.domain.ApplicationState;
import org.govopen.request.domain.ReplyOutcome;

/**
 * Deemed abandoned (视为放弃申请), in the transaction of the breach alert: no correction within the period
 * (条例第三十条 → 其他处理 1), or no payment within 20 working days of the fee notice (国办函〔2020〕109号 →
 * 其他处理 2).
 */
@ApplicationScoped
public class Abandonment {

    public static final String SYSTEM = "system";

    @Inject
    ApplicationTransitions transitions;

    @Inject
    Deadlines deadlines;

    void onBreach(@Observes DeadlineFired fired) {
        if (fired.level() != DeadlineAlert.Level.BREACH || !ApplicationDeadlines.AGGREGATE.equals(fired.key().aggregateType())) {
            return;
        }
        String kind = fired.key().kind();
        if (!kind.equals(ApplicationDeadlines.CORRECTION_PERIOD) && !kind.equals(ApplicationDeadlines.FEE_PAYMENT)) {
            return;
        }
        // locked like every other action on a case (ApplicationLookup.forUpdate), without a user's unit check
        Application a = Application.findById(UUID.fromString(fired.key().aggregateId()), LockModeType.PESSIMISTIC_WRITE);
        if (a == null) {
            return;
        }
        boolean noCorrection = kind.equals(ApplicationDeadlines.CORRECTION_PERIOD) && a.state == ApplicationState.AWAITING_CORRECTION;
        boolean unpaid = kind.equals(ApplicationDeadlines.FEE_PAYMENT) && a.state == ApplicationState.IN_HANDLING && a.fee().isPending();
        if (!noCorrection && !unpaid) {
            return;
        }
        a.reply().outcome = noCorrection ? ReplyOutcome.OTHER_NO_CORRECTION : ReplyOutcome.OTHER_FEE_UNPAID;
        a.concludedOn = fired.deadline().dueDate; // the day the period ended, not the day the sweeper noticed
        deadlines.closeAll(ApplicationDeadlines.AGGREGATE, a.aggregateId());
        String note = noCorrection
                ? "申请人未在补正期限（" + fired.deadline().dueDate + " 止）内补正，视为放弃申请（条例第三十条）"
                : "申请人未在缴费期限（" + fired.deadline().dueDate + " 止）内缴纳费用，视为放弃申请（国办函〔2020〕109号）";
        transitions.apply(a, ApplicationAction.DEEM_ABANDONED, SYSTEM, note, null);
    }
}
