package org.govopen.request.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.govopen.commons.deadline.Deadlines;
import org.govopen.commons.problem.ConflictException;
import org.govopen.commons.problem.InvalidInputException;
import org.govopen.commons.time.GovClock;
import org.govopen.request.api.FeeNoticeForm;
import org.govopen.request.domain.Application;
import org.govopen.request.domain.ApplicationAction;
import org.govopen.request.domain.FeeMethod;
import org.govopen.request.domain.FeeRule;

/** Fees (国办函〔2020〕109号): the notice stops the reply clock; payment restarts it; none in time → abandoned. */
@ApplicationScoped
public class FeeService {

    @Inject
    ApplicationLookup lookup;

    @Inject
    ApplicationTransitions transitions;

    @Inject
    ReplyClock replyClock;

    @Inject
    Deadlines deadlines;

    @Inject
    GovClock clock;

    @Transactional
    public Application notifyFee(UUID id, FeeNoticeForm request, String actor) {
        Application a = lookup.forUpdate(id);
        transitions.check(a, ApplicationAction.NOTIFY_FEE);
        if (a.fee().notifiedOn != null) {
            throw new ConflictException("已于 " + a.fee().notifiedOn + " 发出收费通知");
        }
        if (request.method() == FeeMethod.BY_VOLUME && request.pages() == null) {
            throw new InvalidInputException("pages", "按量计收须填写页数");
        }
        int pages = request.pages() == null ? 0 : request.pages();
        BigDecimal amount = FeeRule.fee(request.method(), a.monthOrdinal, pages);
        if (amount.signum() == 0) {
            throw new InvalidInputException("method", request.method() == FeeMethod.BY_COUNT
                    ? "该申请为申请人本月第 " + a.monthOrdinal + " 件，按件计收不收费（每月前 " + FeeRule.FREE_APPLICATIONS_PER_MONTH + " 件免费）"
                    : pages + " 页按量计收不收费（" + FeeRule.FREE_PAGES + " 页以内免费）");
        }
        LocalDate today = clock.today();
        LocalDate notifiedOn = request.notifiedOn() == null ? today : request.notifiedOn();
        LocalDate receivedOn = request.noticeReceivedOn() == null ? notifiedOn : request.noticeReceivedOn();
        Dates.notBefore("notifiedOn", notifiedOn, a.clockStartOn, "答复期限起算日");
        Dates.notAfterToday("notifiedOn", notifiedOn, today);
        Dates.notBefore("noticeReceivedOn", receivedOn, notifiedOn, "收费通知发出日期");
        Dates.notAfterToday("noticeReceivedOn", receivedOn, today);
        a.fee().method = request.method();
        a.fee().pages = request.method() == FeeMethod.BY_VOLUME ? pages : null;
        a.fee().amount = amount;
        a.fee().notifiedOn = notifiedOn;
        a.fee().noticeReceivedOn = receivedOn;
        replyClock.stop(a, notifiedOn);
        deadlines.openWorkingDays(ApplicationDeadlines.key(a, ApplicationDeadlines.FEE_PAYMENT),
                ApplicationDeadlines.label(a, ApplicationDeadlines.FEE_PAYMENT), a.unit, receivedOn,
                FeeRule.PAYMENT_WITHIN_WORKING_DAYS);
        transitions.apply(a, ApplicationAction.NOTIFY_FEE, actor, request.method().label() + " " + amount.toPlainString()
                + " 元，请自收到通知次日起 " + FeeRule.PAYMENT_WITHIN_WORKING_DAYS + " 个工作日内缴纳；收费期间不计入答复期限", null);
        return a;
    }

    @Transactional
    public Application recordPayment(UUID id, LocalDate paidOn, String actor) {
        Application a = lookup.forUpdate(id);
        transitions.check(a, ApplicationAction.RECORD_PAYMENT);
        if (!a.fee().isPending()) {
            throw new ConflictException(a.fee().notifiedOn == null ? "尚未发出收费通知" : "已于 " + a.fee().paidOn + " 缴费");
        }
        LocalDate day = paidOn == null ? clock.today() : paidOn;
        Dates.notBefore("paidOn", day, a.fee().notifiedOn, "收费通知发出日期");
        Dates.notAfterToday("paidOn", day, clock.today());
        a.fee().paidOn = day;
        deadlines.close(ApplicationDeadlines.key(a, ApplicationDeadlines.FEE_PAYMENT));
        replyClock.resume(a, day);
        transitions.apply(a, ApplicationAction.RECORD_PAYMENT, actor, "已缴费 " + a.fee().amount.toPlainString() + " 元", null);
        return a;
    }
}
