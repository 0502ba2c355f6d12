package org.govopen.catalog.service;

import static org.govopen.commons.rest.FormText.trimToNull;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.govopen.catalog.api.ConsultationView;
import org.govopen.catalog.api.DecisionForms;
import org.govopen.catalog.domain.Adoption;
import org.govopen.catalog.domain.CommentStatus;
import org.govopen.catalog.domain.Consultation;
import org.govopen.catalog.domain.ConsultationComment;
import org.govopen.catalog.domain.ConsultationPeriodRule;
import org.govopen.catalog.domain.DecisionStatus;
import org.govopen.catalog.domain.MajorDecision;
import org.govopen.commons.calendar.WorkdayCalendar;
import org.govopen.commons.deadline.DeadlineKey;
import org.govopen.commons.deadline.Deadlines;
import org.govopen.commons.privacy.PersonalDataMasker;
import org.govopen.commons.problem.ConflictException;
import org.govopen.commons.problem.InvalidInputException;
import org.govopen.commons.problem.ResourceNotFoundException;
import org.govopen.commons.problem.Violation;
import org.govopen.commons.time.GovClock;

/**
 * The public consultation of a major decision's draft (公开征求意见): opened with a period that
 * {@link ConsultationPeriodRule} allows and that ends before the planned decision; comments taken through the public
 * page, masked before they are stored and shown only once moderated; and the account of their adoption
 * (意见采纳情况). The account has a deadline: warned when the consultation closes without one, breached when the
 * decision's planned time passes without one.
 */
@ApplicationScoped
public class ConsultationService {

    static final String AGGREGATE = "consultation";
    static final String ACCOUNT_DEADLINE = "adoption-account";

    @Inject
    Deadlines deadlines;

    @Inject
    GovClock clock;

    @Transactional
    public Consultation open(UUID decisionId, DecisionForms.ConsultationForm form, String actor) {
        MajorDecision d = MajorDecision.findById(decisionId, LockModeType.PESSIMISTIC_WRITE);
        if (d == null) {
            throw new ResourceNotFoundException("重大行政决策事项", decisionId);
        }
        if (d.status != DecisionStatus.PLANNED) {
            throw new ConflictException("该事项" + d.status.label() + "，不再征求意见");
        }
        if (ofDecision(d.id).isPresent()) {
            throw new ConflictException("该事项已公开征求意见");
        }
        List<Violation> problems = new ArrayList<>();
        if (trimToNull(form.draftText()) == null && trimToNull(form.draftUrl()) == null) {
            problems.add(new Violation("draftText", "草案正文和地址至少填写一项"));
        }
        if (form.opensOn().isBefore(clock.today())) {
            problems.add(new Violation("opensOn", "公布日期不能早于今天"));
        }
        String period = ConsultationPeriodRule.problem(form.opensOn(), form.closesOn(), form.shortenedReason());
        if (period != null) {
            problems.add(new Violation("closesOn", period));
        } else if (form.closesOn().isAfter(d.plannedBy)) {
            problems.add(new Violation("closesOn", "征求意见须在计划决策时间 " + d.plannedBy + " 前截止；决策时间推迟的，请先调整目录"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Consultation c = new Consultation();
        c.id = UUID.randomUUID();
        c.decisionId = d.id;
        c.unit = d.unit;
        c.draftTitle = form.draftTitle().trim();
        c.draftText = trimToNull(form.draftText());
        c.draftUrl = trimToNull(form.draftUrl());
        c.basis = form.basis().strip();
        c.opensOn = form.opensOn();
        c.closesOn = form.closesOn();
        c.shortenedReason = ConsultationPeriodRule.days(c.opensOn, c.closesOn) < ConsultationPeriodRule.MINIMUM_DAYS
                ? form.shortenedReason().strip() : trimToNull(form.shortenedReason());
        c.createdAt = clock.now();
        c.createdBy = actor;
        c.persist();
        deadlines.aggregateCreated(AGGREGATE, c.id.toString());
        deadlines.openAt(accountKey(c), "重大行政决策“" + d.title + "”征求意见的采纳情况", c.unit,
                WorkdayCalendar.endOf(d.plannedBy), c.closesAt());
        return c;
    }

    /** A comment from the public page: masked, kept pending until moderated; refused outside the period. */
    @Transactional
    public ConsultationComment comment(UUID consultationId, DecisionForms.CommentForm form) {
        Consultation c = requirePublic(consultationId);
        OffsetDateTime now = clock.now();
        if (!c.takesCommentsAt(now)) {
            throw new ConflictException(now.isBefore(c.closesAt()) ? "征求意见自 " + c.opensOn + " 开始"
                    : "征求意见已于 " + c.closesOn + " 截止");
        }
        ConsultationComment m = new ConsultationComment();
        m.id = UUID.randomUUID();
        m.consultationId = c.id;
        m.receivedAt = now;
        m.author = trimToNull(form.author()) == null ? null : PersonalDataMasker.maskName(form.author().trim());
        m.content = PersonalDataMasker.maskText(form.content().strip());
        m.status = CommentStatus.PENDING;
        m.persist();
        return m;
    }

    @Transactional
    public ConsultationComment moderate(UUID consultationId, UUID commentId, DecisionForms.ModerationForm form, String actor) {
        ConsultationComment m = ConsultationComment.findById(commentId, LockModeType.PESSIMISTIC_WRITE);
        if (m == null || !m.consultationId.equals(consultationId)) {
            throw new ResourceNotFoundException("意见", commentId);
        }
        if (form.outcome() == CommentStatus.PENDING) {
            throw new InvalidInputException("outcome", "审核结果须为 PUBLISHED（公开）或 REJECTED（不予公开）");
        }
        if (form.outcome() == CommentStatus.REJECTED && trimToNull(form.reason()) == null) {
            throw new InvalidInputException("reason", "不予公开须说明理由");
        }
        if (m.status != CommentStatus.PENDING) {
            throw new ConflictException("该意见已审核（" + m.status.label() + "）");
        }
        m.status = form.outcome();
        m.rejectionReason = form.outcome() == CommentStatus.REJECTED ? form.reason().trim() : null;
        m.moderatedAt = clock.now();
        m.moderatedBy = actor;
        return m;
    }

    /**
     * The account of the comments and their adoption, given once the consultation has closed and every comment is
     * moderated; comments it leaves out count as not adopted. It closes the account deadline.
     */
    @Transactional
    public Consultation account(UUID consultationId, DecisionForms.AdoptionAccountForm form, String actor) {
        Consultation c = Consultation.findById(consultationId, LockModeType.PESSIMISTIC_WRITE);
        if (c == null) {
            throw new ResourceNotFoundException("征求意见", consultationId);
        }
        if (c.hasAccount()) {
            throw new ConflictException("采纳情况已于 " + c.accountPublishedOn + " 公布");
        }
        if (clock.now().isBefore(c.closesAt())) {
            throw new ConflictException("征求意见至 " + c.closesOn + " 截止，截止后方可公布采纳情况");
        }
        List<ConsultationComment> comments = comments(c.id);
        long pending = comments.stream().filter(m -> m.status == CommentStatus.PENDING).count();
        if (pending > 0) {
            throw new ConflictException("尚有 " + pending + " 条意见未审核");
        }
        Map<UUID, ConsultationComment> byId = new HashMap<>();
        comments.forEach(m -> byId.put(m.id, m));
        List<Violation> problems = new ArrayList<>();
        List<DecisionForms.AdoptionLine> lines = form.adoptions() == null ? List.of() : form.adoptions();
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            DecisionForms.AdoptionLine l = lines.get(i);
            if (!byId.containsKey(l.commentId())) {
                problems.add(new Violation("adoptions[" + i + "].commentId", "不是本次征求意见收到的意见"));
            } else if (!seen.add(l.commentId())) {
                problems.add(new Violation("adoptions[" + i + "].commentId", "同一条意见只能说明一次"));
            }
            if (l.adoption() != Adoption.ADOPTED && trimToNull(l.reason()) == null) {
                problems.add(new Violation("adoptions[" + i + "].reason", l.adoption().label() + "的意见须说明理由"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        for (ConsultationComment m : comments) {
            m.adoption = Adoption.NOT_ADOPTED;
            m.adoptionReason = null;
        }
        for (DecisionForms.AdoptionLine l : lines) {
            ConsultationComment m = byId.get(l.commentId());
            m.adoption = l.adoption();
            m.adoptionReason = trimToNull(l.reason());
        }
        c.accountSummary = form.summary().strip();
        c.accountPublishedOn = clock.today();
        c.accountBy = actor;
        deadlines.close(accountKey(c));
        return c;
    }

    public Optional<Consultation> ofDecision(UUID decisionId) {
        return Consultation.<Consultation>find("decisionId", decisionId).firstResultOptional();
    }

    public Consultation require(UUID id) {
        return Consultation.<Consultation>findByIdOptional(id).orElseThrow(() -> new ResourceNotFoundException("征求意见", id));
    }

    /** The draft is public from the day it opens. */
    public boolean isPublic(Consultation c) {
        return !c.opensOn.isAfter(clock.today());
    }

    public ConsultationView staffView(Consultation c, MajorDecision d) {
        List<ConsultationComment> all = comments(c.id);
        return ConsultationView.of(c, d, all, all, clock.now());
    }

    /** As the public sees it: only published comments, adoption shown once the account is given. */
    public ConsultationView publicView(Consultation c, MajorDecision d) {
        List<ConsultationComment> all = comments(c.id);
        return ConsultationView.of(c, d, all.stream().filter(m -> m.status == CommentStatus.PUBLISHED).toList(), all,
                clock.now());
    }

    public ConsultationView publicView(UUID id) {
        Consultation c = requirePublic(id);
        return publicView(c, MajorDecision.findById(c.decisionId));
    }

    public ConsultationView staffView(UUID id) {
        Consultation c = require(id);
        return staffView(c, MajorDecision.findById(c.decisionId));
    }

    /** The decision's planned time moved: the account is due by the new time. */
    void decisionMoved(Consultation c, OffsetDateTime due) {
        if (!c.hasAccount()) {
            deadlines.moveTo(accountKey(c), due, List.of(c.closesAt()));
        }
    }

    /** The decision was taken out of the catalogue: no account is owed any more. */
    void decisionEnded(Consultation c) {
        deadlines.close(accountKey(c));
    }

    private Consultation requirePublic(UUID id) {
        Consultation c = Consultation.findById(id);
        if (c == null || !isPublic(c)) {
            throw new ResourceNotFoundException("征求意见", id);
        }
        return c;
    }

    private static List<ConsultationComment> comments(UUID consultationId) {
        return ConsultationComment.list("consultationId = ?1 order by receivedAt", consultationId);
    }

    static DeadlineKey accountKey(Consultation c) {
        return DeadlineKey.of(AGGREGATE, c.id.toString(), ACCOUNT_DEADLINE);
    }
}
