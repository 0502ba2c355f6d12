package org.govopen.request.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.govopen.commons.deadline.Deadlines;
import org.govopen.commons.problem.ConflictException;
import org.govopen.commons.problem.InvalidInputException;
import org.govopen.commons.problem.Violation;
import org.govopen.commons.time.GovClock;
import org.govopen.request.api.DeliveryForm;
import org.govopen.request.api.ReplyForm;
import org.govopen.request.domain.Application;
import org.govopen.request.domain.ApplicationAction;
import org.govopen.request.domain.Consultation;
import org.govopen.request.domain.DeliveryMethod;
import org.govopen.request.domain.PublishedInformation;
import org.govopen.request.domain.ReplyOutcome;
import org.govopen.request.domain.WithheldPart;

/** Reply (答复), delivery (送达), archive (归档), and withdrawal by the applicant. */
@ApplicationScoped
public class ReplyService {

    @Inject
    ApplicationLookup lookup;

    @Inject
    ApplicationTransitions transitions;

    @Inject
    Deadlines deadlines;

    @Inject
    GovClock clock;

    @Transactional
    public Application reply(UUID id, ReplyForm form, String actor) {
        Application a = lookup.forUpdate(id);
        transitions.check(a, ApplicationAction.REPLY);
        if (Consultation.of(a.id).stream().anyMatch(Consultation::isOpen)) {
            throw new ConflictException("征求意见尚未结束，不能答复");
        }
        if (a.fee().isPending()) {
            throw new ConflictException("收费通知尚未缴费，不能答复");
        }
        LocalDate day = form.repliedOn() == null ? clock.today() : form.repliedOn();
        Dates.notBefore("repliedOn", day, a.receivedOn, "收到申请日期");
        Dates.notAfterToday("repliedOn", day, clock.today());
        validateOutcome(a, form);
        var r = a.reply();
        r.outcome = form.outcome();
        r.repliedOn = day;
        r.summary = form.summary().trim();
        r.providedForm = form.providedForm();
        a.withheldParts.clear();
        if (form.withheld() != null) {
            form.withheld().forEach(w -> a.withheldParts.add(new WithheldPart(w.part().trim(), w.reason())));
        }
        if (form.alreadyPublicId() != null) {
            PublishedInformation p = PublishedInformation.findById(form.alreadyPublicId());
            r.alreadyPublicId = p.id;
            r.alreadyPublicTitle = p.title;
            r.alreadyPublicUrl = p.url;
        }
        if (form.competentAgency() != null) {
            r.competentAgencyName = form.competentAgency().name().trim();
            r.competentAgencyContact = form.competentAgency().contact();
        }
        a.concludedOn = day;
        deadlines.closeAll(ApplicationDeadlines.AGGREGATE, a.aggregateId());
        transitions.apply(a, ApplicationAction.REPLY, actor, "答复结果：" + form.outcome().label(), null);
        return a;
    }

    /** One outcome, and only what that outcome allows; every problem named. */
    private void validateOutcome(Application a, ReplyForm form) {
        List<Violation> problems = new ArrayList<>();
        ReplyOutcome outcome = form.outcome();
        boolean hasWithheld = form.withheld() != null && !form.withheld().isEmpty();
        if (outcome == ReplyOutcome.PARTIAL) {
            if (!hasWithheld) {
                problems.add(new Violation("withheld", "部分公开须说明不予公开的部分及理由"));
            } else {
                for (int i = 0; i < form.withheld().size(); i++) {
                    if (!form.withheld().get(i).reason().isWithholdingReason()) {
                        problems.add(new Violation("withheld[" + i + "].reason", "理由应为不予公开的情形之一（三.1 至 三.8）"));
                    }
                }
            }
        } else if (hasWithheld) {
            problems.add(new Violation("withheld", "仅部分公开须列明不予公开的部分"));
        }
        if (form.alreadyPublicId() != null) {
            if (outcome != ReplyOutcome.GRANTED) {
                problems.add(new Violation("alreadyPublicId", "已主动公开的信息按“予以公开”答复"));
            } else if (PublishedInformation.findById(form.alreadyPublicId()) == null) {
                problems.add(new Violation("alreadyPublicId", "未找到该已公开信息：" + form.alreadyPublicId()));
            }
        }
        if (form.competentAgency() != null && outcome != ReplyOutcome.UNABLE_NOT_HELD) {
            problems.add(new Violation("competentAgency", "仅“本机关不掌握相关政府信息”时告知负责公开的机关"));
        }
        if (outcome == ReplyOutcome.OTHER_NO_CORRECTION || outcome == ReplyOutcome.OTHER_FEE_UNPAID) {
            problems.add(new Violation("outcome", "逾期不补正、逾期未缴费由系统在期限届满时自动处理"));
        }
        if (outcome == ReplyOutcome.UNABLE_STILL_UNCLEAR && a.correction().submittedOn == null) {
            problems.add(new Violation("outcome", "仅补正后申请内容仍不明确时适用"));
        }
        if (outcome == ReplyOutcome.NOT_PROCESSED_EXCESSIVE && !a.excessive) {
            problems.add(new Violation("outcome", "该申请未被标记为数量、频次明显超过合理范围"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    @Transactional
    public Application deliver(UUID id, DeliveryForm record, String actor) {
        Application a = lookup.forUpdate(id);
        transitions.check(a, ApplicationAction.DELIVER);
        OffsetDateTime at = record.deliveredAt() == null ? clock.now() : record.deliveredAt();
        LocalDate day = at.atZoneSameInstant(org.govopen.commons.calendar.WorkdayCalendar.ZONE).toLocalDate();
        if (day.isBefore(a.reply().repliedOn)) {
            throw new InvalidInputException("deliveredAt", "不能早于答复日期 " + a.reply().repliedOn);
        }
        if (at.isAfter(clock.now())) {
            throw new InvalidInputException("deliveredAt", "不能晚于现在");
        }
        a.delivery().method = record.method();
        a.delivery().deliveredAt = at;
        a.delivery().proof = record.proof();
        transitions.apply(a, ApplicationAction.DELIVER, actor, "以" + record.method().label() + "方式送达", record.proof());
        return a;
    }

    /** Archiving locks the case. */
    @Transactional
    public Application archive(UUID id, String actor) {
        Application a = lookup.forUpdate(id);
        transitions.check(a, ApplicationAction.ARCHIVE);
        a.archivedAt = clock.now();
        transitions.apply(a, ApplicationAction.ARCHIVE, actor, null, null);
        return a;
    }

    /** The applicant withdrew: counted as 其他处理 (六.3) in the annual report. */
    @Transactional
    public Application withdraw(UUID id, LocalDate withdrawnOn, String note, String actor) {
        Application a = lookup.forUpdate(id);
        transitions.check(a, ApplicationAction.WITHDRAW);
        LocalDate day = withdrawnOn == null ? clock.today() : withdrawnOn;
        Dates.notBefore("withdrawnOn", day, a.submittedOn, "提交日期");
        Dates.notBefore("withdrawnOn", day, a.receivedOn, "收到申请日期");
        Dates.notAfterToday("withdrawnOn", day, clock.today());
        a.reply().outcome = ReplyOutcome.OTHER;
        a.concludedOn = day;
        deadlines.closeAll(ApplicationDeadlines.AGGREGATE, a.aggregateId());
        transitions.apply(a, ApplicationAction.WITHDRAW, actor, "申请人撤回申请", note);
        return a;
    }
}
