package org.govopen.request.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.govopen.commons.calendar.CurrentCalendar;
import org.govopen.commons.deadline.Deadlines;
import org.govopen.commons.problem.ConflictException;
import org.govopen.commons.problem.InvalidInputException;
import org.govopen.commons.time.GovClock;
import org.govopen.request.api.CorrectionNoticeForm;
import org.govopen.request.domain.Application;
import org.govopen.request.domain.ApplicationAction;
import org.govopen.request.domain.CorrectionRule;

/** Correction (补正, 条例第三十条): one notice within 7 working days of receipt; the clock restarts on arrival. */
@ApplicationScoped
public class CorrectionService {

    @Inject
    ApplicationLookup lookup;

    @Inject
    ApplicationTransitions transitions;

    @Inject
    ReplyClock replyClock;

    @Inject
    Deadlines deadlines;

    @Inject
    CurrentCalendar calendar;

    @Inject
    GovClock clock;

    @Inject
    RequestConfig config;

    @Transactional
    public Application request(UUID id, CorrectionNoticeForm notice, String actor) {
        Application a = lookup.forUpdate(id);
        transitions.check(a, ApplicationAction.REQUEST_CORRECTION);
        if (!a.isReceived()) {
            throw new ConflictException("尚未确认收到申请日期，不能告知补正");
        }
        if (a.correction().requestedOn != null) {
            throw new ConflictException("补正告知只能一次性发出（已于 " + a.correction().requestedOn + " 发出）");
        }
        LocalDate day = notice.requestedOn() == null ? clock.today() : notice.requestedOn();
        Dates.notBefore("requestedOn", day, a.receivedOn, "收到申请日期");
        Dates.notAfterToday("requestedOn", day, clock.today());
        LocalDate last = CorrectionRule.lastNoticeDay(calendar.get(), a.receivedOn);
        if (day.isAfter(last)) {
            throw new ConflictException("补正告知应在收到申请之日起 " + CorrectionRule.NOTICE_WITHIN_WORKING_DAYS
                    + " 个工作日内（" + last + " 前）发出");
        }
        int period = notice.periodWorkingDays() == null ? config.correctionPeriodWorkingDays() : notice.periodWorkingDays();
        a.correction().requestedOn = day;
        a.correction().items = notice.items().trim();
        a.correction().periodWorkingDays = period;
        deadlines.close(ApplicationDeadlines.key(a, ApplicationDeadlines.CORRECTION_NOTICE));
        replyClock.stop(a, day);
        deadlines.openWorkingDays(ApplicationDeadlines.key(a, ApplicationDeadlines.CORRECTION_PERIOD),
                ApplicationDeadlines.label(a, ApplicationDeadlines.CORRECTION_PERIOD), a.unit, day, period);
        transitions.apply(a, ApplicationAction.REQUEST_CORRECTION, actor,
                "请于 " + period + " 个工作日内补正：" + a.correction().items, null);
        return a;
    }

    /** The corrected application arrived on {@code arrivedOn}: the 20 working days start again from that day. */
    @Transactional
    public Application submit(UUID id, LocalDate arrivedOn, String actor) {
        Application a = lookup.forUpdate(id);
        transitions.check(a, ApplicationAction.SUBMIT_CORRECTION);
        LocalDate day = arrivedOn == null ? clock.today() : arrivedOn;
        Dates.notBefore("submittedOn", day, a.correction().requestedOn, "补正告知日期");
        Dates.notAfterToday("submittedOn", day, clock.today());
        a.correction().submittedOn = day;
        deadlines.close(ApplicationDeadlines.key(a, ApplicationDeadlines.CORRECTION_PERIOD));
        replyClock.restartFrom(a, day);
        transitions.apply(a, ApplicationAction.SUBMIT_CORRECTION, actor, "收到补正后的申请：" + day + "，答复期限重新计算", null);
        return a;
    }

}
