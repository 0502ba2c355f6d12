package org.govopen.request.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.govopen.commons.calendar.CurrentCalendar;
import org.govopen.commons.deadline.Deadlines;
import org.govopen.commons.problem.ConflictException;
import org.govopen.commons.problem.InvalidInputException;
import org.govopen.commons.problem.ResourceNotFoundException;
import org.govopen.commons.time.GovClock;
import org.govopen.request.api.ConsultationAnswerForm;
import org.govopen.request.api.ConsultationForm;
import org.govopen.request.api.ExtensionForm;
import org.govopen.request.api.LaterReplyDateForm;
import org.govopen.request.domain.Application;
import org.govopen.request.domain.ApplicationAction;
import org.govopen.request.domain.Consultation;
import org.govopen.request.domain.ConsultationParty;
import org.govopen.request.domain.ConsultationResponse;
import org.govopen.request.domain.ConsultationRule;
import org.govopen.request.domain.ReplyPeriodRule;

/** Review and handling (审核、办理): consultations, the one extension, a later reply date. */
@ApplicationScoped
public class HandlingService {

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

    @Transactional
    public Application startReview(UUID id, String note, String actor) {
        Application a = lookup.forUpdate(id);
        transitions.check(a, ApplicationAction.START_REVIEW);
        if (!a.isReceived()) {
            throw new ConflictException("尚未确认收到申请日期，不能开始审核");
        }
        // a correction may still be requested during review (第三十条: within 7 working days of receipt)
        transitions.apply(a, ApplicationAction.START_REVIEW, actor, null, note);
        return a;
    }

    @Transactional
    public Application startHandling(UUID id, String note, String actor) {
        Application a = lookup.forUpdate(id);
        transitions.check(a, ApplicationAction.START_HANDLING);
        // handed over: no correction notice any more (第三十条)
        deadlines.close(ApplicationDeadlines.key(a, ApplicationDeadlines.CORRECTION_NOTICE));
        transitions.apply(a, ApplicationAction.START_HANDLING, actor, null, note);
        return a;
    }

    /** 第三十二条、第三十四条: 15 working days to answer, not counted in the reply period. */
    @Transactional
    public Consultation consult(UUID id, ConsultationForm request, String actor) {
        Application a = lookup.forUpdate(id);
        transitions.check(a, ApplicationAction.START_CONSULTATION);
        LocalDate day = request.requestedOn() == null ? clock.today() : request.requestedOn();
        Dates.notBefore("requestedOn", day, a.clockStartOn, "答复期限起算日");
        Dates.notAfterToday("requestedOn", day, clock.today());
        Consultation c = new Consultation();
        c.id = UUID.randomUUID();
        c.applicationId = a.id;
        c.party = request.party();
        c.partyName = request.partyName().trim();
        c.requestedOn = day;
        c.dueDate = calendar.get().addWorkingDays(day, ConsultationRule.ANSWER_WITHIN_WORKING_DAYS);
        c.persist();
        deadlines.openWorkingDays(ApplicationDeadlines.key(a, ApplicationDeadlines.CONSULTATION, c.id.toString()),
                ApplicationDeadlines.label(a, ApplicationDeadlines.CONSULTATION), a.unit, day,
                ConsultationRule.ANSWER_WITHIN_WORKING_DAYS);
        replyClock.stop(a, day);
        transitions.apply(a, ApplicationAction.START_CONSULTATION, actor,
                "征求" + c.party.label() + "意见，征求意见期间不计入答复期限", "征求对象：" + c.partyName);
        return c;
    }

    /**
     * The consulted party answered — or stayed silent past its 15 working days, in which case the time not counted
     * ends with the last of those days.
     */
    @Transactional
    public Consultation answer(UUID id, UUID consultationId, ConsultationAnswerForm answer, String actor) {
        Application a = lookup.forUpdate(id);
        transitions.check(a, ApplicationAction.ANSWER_CONSULTATION);
        Consultation c = Consultation.findById(consultationId);
        if (c == null || !c.applicationId.equals(a.id)) {
            throw new ResourceNotFoundException("征求意见", consultationId);
        }
        if (!c.isOpen()) {
            throw new ConflictException("该征求意见已于 " + c.answeredOn + " 答复");
        }
        LocalDate restart;
        if (answer.response().isSilence()) {
            if (answer.response() != ConsultationRule.silence(c.party)) {
                throw new InvalidInputException("response", c.party == ConsultationParty.AGENCY
                        ? "共同制作机关逾期未答复的，视为同意（CONSENT_ASSUMED）" : "第三方逾期未答复的，由行政机关依法决定（NO_RESPONSE）");
            }
            if (!clock.today().isAfter(c.dueDate)) {
                throw new ConflictException("征求意见期限到 " + c.dueDate + " 止，尚未届满");
            }
            restart = c.dueDate;
        } else {
            restart = answer.answeredOn() == null ? clock.today() : answer.answeredOn();
            Dates.notBefore("answeredOn", restart, c.requestedOn, "征求意见日期");
            Dates.notAfterToday("answeredOn", restart, clock.today());
        }
        c.answeredOn = restart;
        c.response = answer.response();
        c.note = answer.note();
        deadlines.close(ApplicationDeadlines.key(a, ApplicationDeadlines.CONSULTATION, c.id.toString()));
        replyClock.resume(a, restart);
        transitions.apply(a, ApplicationAction.ANSWER_CONSULTATION, actor, c.party.label() + "意见：" + c.response.label(), c.note);
        return c;
    }

    /** 第三十三条第二款: once, at most 20 working days, approved by the head of the disclosure office. */
    @Transactional
    public Application extend(UUID id, ExtensionForm request, String approver) {
        Application a = lookup.forUpdate(id);
        transitions.check(a, ApplicationAction.EXTEND);
        if (a.extension().workingDays != null) {
            throw new ConflictException("答复期限只能延长一次（已于 " + a.extension().decidedOn + " 延长 "
                    + a.extension().workingDays + " 个工作日）");
        }
        if (a.laterReplyDate != null) {
            throw new ConflictException("已确定延迟答复期限（" + a.laterReplyDate + "），不再延长");
        }
        var reply = replyClock.reply(a).orElseThrow(() -> new ConflictException("答复期限尚未开始计算"));
        if (replyClock.ranOut(reply, clock.now())) {
            throw new ConflictException("答复期限已于 " + reply.dueDate + " 届满，不能再延长");
        }
        LocalDate today = clock.today();
        LocalDate noticeOn = request.noticeOn() == null ? today : request.noticeOn();
        Dates.notAfterToday("noticeOn", noticeOn, today);
        a.extension().workingDays = request.workingDays();
        a.extension().reason = request.reason().trim();
        a.extension().approvedBy = approver;
        a.extension().decidedOn = today;
        a.extension().noticeOn = noticeOn;
        replyClock.extend(a, request.workingDays());
        transitions.apply(a, ApplicationAction.EXTEND, approver, "答复期限延长 " + request.workingDays() + " 个工作日："
                + a.extension().reason, null);
        return a;
    }

    /** 第三十五条: for a clearly excessive application, a later reply date the office sets and tells the applicant. */
    @Transactional
    public Application replyLater(UUID id, LaterReplyDateForm request, String approver) {
        Application a = lookup.forUpdate(id);
        transitions.check(a, ApplicationAction.SET_LATER_REPLY_DATE);
        if (!a.excessive) {
            throw new ConflictException("仅数量、频次明显超过合理范围的申请可确定延迟答复期限（条例第三十五条）");
        }
        var reply = replyClock.reply(a).orElseThrow(() -> new ConflictException("答复期限尚未开始计算"));
        if (reply.dueDate != null && !request.replyBy().isAfter(reply.dueDate)) {
            throw new InvalidInputException("replyBy", "应晚于现答复期限 " + reply.dueDate);
        }
        a.laterReplyDate = request.replyBy();
        a.laterReplyReason = request.reason().trim();
        replyClock.replyBy(a, request.replyBy());
        transitions.apply(a, ApplicationAction.SET_LATER_REPLY_DATE, approver,
                "延迟至 " + request.replyBy() + " 前答复：" + a.laterReplyReason, null);
        return a;
    }
}
