package org.govopen.request.service;

import static org.govopen.commons.rest.FormText.trimToNull;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.govopen.commons.deadline.Deadlines;
import org.govopen.commons.problem.ConflictException;
import org.govopen.commons.problem.InvalidInputException;
import org.govopen.commons.problem.Violation;
import org.govopen.commons.security.TrackingCredentials;
import org.govopen.commons.security.UnitScope;
import org.govopen.commons.time.GovClock;
import org.govopen.request.api.RegistrationForm;
import org.govopen.request.domain.Application;
import org.govopen.request.domain.ApplicationAction;
import org.govopen.request.domain.ApplicationStateMachine;
import org.govopen.request.domain.Channel;
import org.govopen.request.domain.CorrectionRule;
import org.govopen.request.domain.DeliveryMethod;
import org.govopen.request.domain.ExcessiveRequestRule;
import org.govopen.request.domain.PostType;
import org.govopen.request.domain.ReceiptDateRule;

/** Registration (登记) of an application and confirmation of its receipt date (条例第三十一条). */
@ApplicationScoped
public class RegistrationService {

    public record Registered(Application application, String trackingSecret) {
    }

    @Inject
    EntityManager em;

    @Inject
    GovClock clock;

    @Inject
    CaseNumbers caseNumbers;

    @Inject
    ApplicantKeys applicantKeys;

    @Inject
    TrackingCredentials credentials;

    @Inject
    RequestConfig config;

    @Inject
    ReplyClock replyClock;

    @Inject
    Deadlines deadlines;

    @Inject
    ApplicationTransitions transitions;

    @Inject
    ApplicationLookup lookup;

    /**
     * Registers an application. {@code byApplicant}: submitted by the applicant online, not by staff. Nothing is
     * stored unless every field is valid.
     */
    @Transactional
    public Registered register(RegistrationForm form, String actor, boolean byApplicant) {
        LocalDate today = clock.today();
        LocalDate submittedOn = form.submittedOn() == null ? today : form.submittedOn();
        validate(form, submittedOn, today, byApplicant);

        Application a = new Application();
        a.id = UUID.randomUUID();
        deadlines.aggregateCreated(ApplicationDeadlines.AGGREGATE, a.aggregateId()); // a new case has no deadlines yet
        a.caseNumber = caseNumbers.next(today.getYear());
        a.trackingCode = TrackingCredentials.newCode();
        String secret = TrackingCredentials.newSecret();
        a.trackingSecretHash = credentials.hash(secret);
        a.unit = form.unit();
        a.channel = form.channel();
        a.postType = form.channel() == Channel.POST ? form.postType() : null;
        var ap = form.applicant();
        a.applicant.kind = ap.kind();
        a.applicant.name = ap.name().trim();
        a.applicant.idType = ap.idType();
        a.applicant.idNumber = ap.idNumber().replaceAll("\\s", "").toUpperCase(java.util.Locale.ROOT);
        a.applicant.key = applicantKeys.keyOf(ap.idType(), ap.idNumber());
        a.applicant.phone = ap.phone();
        a.applicant.email = ap.email();
        a.applicant.address = ap.address();
        a.applicant.postcode = ap.postcode();
        a.applicant.contactPerson = ap.contactPerson();
        a.requested.description = form.description().trim();
        a.requested.documentNumber = trimToNull(form.documentNumber());
        a.requested.documentTitle = trimToNull(form.documentTitle());
        a.requested.purpose = trimToNull(form.purpose());
        a.provisionForm = form.provisionForm();
        a.deliveryMethod = form.deliveryMethod();
        a.submittedOn = submittedOn;
        a.signedForOn = a.postType == PostType.SIGNED_FOR ? form.signedForOn() : null;
        a.registeredBy = actor;
        a.createdAt = clock.now();
        a.updatedAt = a.createdAt; // the registration's transition keeps this time: the row is written once
        a.receivedOn = ReceiptDateRule.atRegistration(a.channel, a.postType, submittedOn, a.signedForOn).orElse(null);
        a.state = ApplicationStateMachine.next(null, ApplicationAction.REGISTER); // recorded by transitions.apply below
        if (a.receivedOn != null) {
            startClocks(a, a.receivedOn);
        }
        // Last, so that concurrent registrations of this applicant wait on the counter row only for what follows:
        // the application, its transition and its event, each inserted once, and the commit.
        a.monthOrdinal = ordinalInMonth(a.applicant.key, submittedOn);
        a.excessive = ExcessiveRequestRule.isExcessive(a.monthOrdinal, config.excessivePerMonth());
        a.persist();
        String staffNote = a.excessive ? "申请人本月第 " + a.monthOrdinal + " 件申请，超过 " + config.excessivePerMonth()
                + " 件（条例第三十五条，可要求说明理由）" : null;
        transitions.apply(a, ApplicationAction.REGISTER, actor, null, staffNote);
        return new Registered(a, secret);
    }

    /** Online, fax and ordinary-letter applications: the day both sides confirmed it (条例第三十一条). */
    @Transactional
    public Application confirmReceipt(UUID id, LocalDate receivedOn, String actor) {
        Application a = lookup.forUpdate(id);
        transitions.check(a, ApplicationAction.CONFIRM_RECEIPT);
        if (a.receivedOn != null) {
            throw new ConflictException("收到申请日期已确定为 " + a.receivedOn);
        }
        LocalDate day = receivedOn == null ? clock.today() : receivedOn;
        if (day.isBefore(a.submittedOn)) {
            throw new InvalidInputException("receivedOn", "不能早于提交日期 " + a.submittedOn);
        }
        if (day.isAfter(clock.today())) {
            throw new InvalidInputException("receivedOn", "不能晚于今天");
        }
        a.receivedOn = day;
        startClocks(a, day);
        transitions.apply(a, ApplicationAction.CONFIRM_RECEIPT, actor, "收到申请日期：" + day, null);
        return a;
    }

    private void startClocks(Application a, LocalDate receivedOn) {
        a.clockStartOn = receivedOn;
        replyClock.start(a);
        deadlines.openWorkingDays(ApplicationDeadlines.key(a, ApplicationDeadlines.CORRECTION_NOTICE),
                ApplicationDeadlines.label(a, ApplicationDeadlines.CORRECTION_NOTICE), a.unit, receivedOn,
                CorrectionRule.NOTICE_WITHIN_WORKING_DAYS, 2);
    }

    /**
     * 1 + the applicant's earlier applications submitted in the same calendar month: their counter row of that
     * month, incremented. The row stays locked until this transaction ends, so concurrent registrations of one
     * applicant get consecutive ordinals and a rolled-back registration gives its number back. Writes what is
     * pending first (the deadlines), so that little is left to do while the row is locked.
     */
    private int ordinalInMonth(String applicantKey, LocalDate submittedOn) {
        em.flush();
        Number n = (Number) em.createNativeQuery("""
                insert into applicant_month_count as c (applicant_key, month, applications) values (:key, :month, 1)
                on conflict (applicant_key, month) do update set applications = c.applications + 1
                returning c.applications""")
                .setParameter("key", applicantKey).setParameter("month", YearMonth.from(submittedOn).atDay(1))
                .getSingleResult();
        return n.intValue();
    }

    private void validate(RegistrationForm form, LocalDate submittedOn, LocalDate today, boolean byApplicant) {
        List<Violation> problems = new ArrayList<>();
        if (!UnitScope.isWellFormed(form.unit())) {
            problems.add(new Violation("unit", "单位路径格式不正确，例如 nanning/qingxiu"));
        }
        if (byApplicant && form.channel() != Channel.ONLINE) {
            problems.add(new Violation("channel", "申请人自行提交的申请只能是在线申请（ONLINE）"));
        }
        if (submittedOn.isAfter(today)) {
            problems.add(new Violation("submittedOn", "不能晚于今天"));
        }
        if (form.channel() == Channel.POST) {
            if (form.postType() == null) {
                problems.add(new Violation("postType", "邮寄申请须说明是挂号信/特快专递还是平常信函"));
            } else if (form.postType() == PostType.SIGNED_FOR) {
                if (form.signedForOn() == null) {
                    problems.add(new Violation("signedForOn", "挂号信或特快专递须填写签收日期"));
                } else if (form.signedForOn().isBefore(submittedOn)) {
                    problems.add(new Violation("signedForOn", "签收日期不能早于寄出日期 " + submittedOn));
                } else if (form.signedForOn().isAfter(today)) {
                    problems.add(new Violation("signedForOn", "不能晚于今天"));
                }
            }
        }
        var ap = form.applicant();
        String idProblem = IdDocuments.problem(ap.idType(), ap.idNumber());
        if (idProblem != null) {
            problems.add(new Violation("applicant.idNumber", idProblem));
        }
        if (ap.kind().isNaturalPerson() == IdDocuments.isOrganisationDocument(ap.idType())) {
            problems.add(new Violation("applicant.idType", ap.kind().isNaturalPerson()
                    ? "自然人应提供个人身份证件" : "法人或其他组织应提供统一社会信用代码或其他组织证件"));
        }
        if (form.deliveryMethod() == DeliveryMethod.POST && isBlank(ap.address())) {
            problems.add(new Violation("applicant.address", "邮寄送达须填写通信地址"));
        }
        if (form.deliveryMethod() == DeliveryMethod.EMAIL && isBlank(ap.email())) {
            problems.add(new Violation("applicant.email", "电子邮件送达须填写电子邮箱"));
        }
        if (isBlank(ap.phone()) && isBlank(ap.email()) && isBlank(ap.address())) {
            problems.add(new Violation("applicant.phone", "至少填写一种联系方式（电话、电子邮箱或通信地址）"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
