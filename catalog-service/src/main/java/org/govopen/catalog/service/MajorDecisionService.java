package org.govopen.catalog.service;

import static org.govopen.commons.rest.FormText.trimToNull;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.govopen.catalog.api.DecisionCatalogueView;
import org.govopen.catalog.api.DecisionCatalogueView.HearingListEntry;
import org.govopen.catalog.api.DecisionForms;
import org.govopen.catalog.api.DecisionView;
import org.govopen.catalog.domain.Consultation;
import org.govopen.catalog.domain.DecisionCatalogueVersion;
import org.govopen.catalog.domain.DecisionMeeting;
import org.govopen.catalog.domain.DecisionProcedureRule;
import org.govopen.catalog.domain.DecisionStatus;
import org.govopen.catalog.domain.MajorDecision;
import org.govopen.catalog.domain.MeetingKind;
import org.govopen.catalog.domain.MeetingParticipant;
import org.govopen.catalog.domain.Unit;
import org.govopen.commons.calendar.WorkdayCalendar;
import org.govopen.commons.deadline.DeadlineKey;
import org.govopen.commons.deadline.Deadlines;
import org.govopen.commons.problem.ConflictException;
import org.govopen.commons.problem.InvalidInputException;
import org.govopen.commons.problem.ProblemException;
import org.govopen.commons.problem.ProblemType;
import org.govopen.commons.problem.ResourceNotFoundException;
import org.govopen.commons.problem.Violation;
import org.govopen.commons.time.GovClock;

/**
 * Major administrative decisions (重大行政决策, rules.md §2b): each government's yearly catalogue, published with
 * every version kept; the decisions' hearings and meetings; and their record, refused while a step of the procedure
 * is missing ({@link DecisionProcedureRule}). A decision not recorded by its planned time raises a deadline breach
 * (warned {@value #RECORD_WARNING_DAYS} days before); recording or withdrawing it closes the deadline.
 */
@ApplicationScoped
public class MajorDecisionService {

    static final String AGGREGATE = "major-decision";
    static final String RECORD_DEADLINE = "decision-record";
    static final int RECORD_WARNING_DAYS = 7;

    @Inject
    UnitService units;

    @Inject
    ConsultationService consultations;

    @Inject
    Deadlines deadlines;

    @Inject
    GovClock clock;

    @Transactional
    public MajorDecision add(DecisionForms.NewDecisionForm form, String actor) {
        Unit unit = units.require(form.unit());
        List<Violation> problems = new ArrayList<>();
        if (!unit.kind.isGovernment()) {
            problems.add(new Violation("unit", "重大行政决策事项目录由人民政府编制；“" + unit.name + "”不是人民政府"));
        }
        if (form.plannedBy().getYear() != form.year()) {
            problems.add(new Violation("plannedBy", "决策时间须在目录年度 " + form.year() + " 年内"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        MajorDecision d = new MajorDecision();
        d.id = UUID.randomUUID();
        d.unit = unit.path;
        d.year = form.year();
        d.title = form.title().trim();
        d.department = form.department().trim();
        d.plannedBy = form.plannedBy();
        d.hearingRequired = form.hearingRequired();
        d.status = DecisionStatus.PLANNED;
        d.createdAt = clock.now();
        d.createdBy = actor;
        d.updatedAt = d.createdAt;
        d.persist();
        deadlines.aggregateCreated(AGGREGATE, d.id.toString());
        OffsetDateTime due = WorkdayCalendar.endOf(d.plannedBy);
        deadlines.openAt(recordKey(d), "重大行政决策“" + d.title + "”的决策", d.unit, due, due.minusDays(RECORD_WARNING_DAYS));
        return d;
    }

    /** A change to a planned decision; the website shows it from the catalogue's next publication. */
    @Transactional
    public MajorDecision change(UUID id, DecisionForms.DecisionChangeForm form) {
        MajorDecision d = lockedPlanned(id);
        if (form.plannedBy().getYear() != d.year) {
            throw new InvalidInputException("plannedBy", "决策时间须在目录年度 " + d.year + " 年内");
        }
        Optional<Consultation> consultation = consultations.ofDecision(d.id);
        if (consultation.isPresent() && form.plannedBy().isBefore(consultation.get().closesOn)) {
            throw new InvalidInputException("plannedBy", "决策时间不能早于征求意见截止日期 " + consultation.get().closesOn);
        }
        boolean moved = !form.plannedBy().equals(d.plannedBy);
        d.title = form.title().trim();
        d.department = form.department().trim();
        d.plannedBy = form.plannedBy();
        d.hearingRequired = form.hearingRequired();
        d.updatedAt = clock.now();
        if (moved) {
            OffsetDateTime due = WorkdayCalendar.endOf(d.plannedBy);
            deadlines.moveTo(recordKey(d), due, List.of(due.minusDays(RECORD_WARNING_DAYS)));
            consultation.ifPresent(c -> consultations.decisionMoved(c, due));
        }
        return d;
    }

    @Transactional
    public MajorDecision withdraw(UUID id, DecisionForms.WithdrawalForm form) {
        MajorDecision d = lockedPlanned(id);
        d.status = DecisionStatus.WITHDRAWN;
        d.withdrawnReason = form.reason().trim();
        d.updatedAt = clock.now();
        deadlines.close(recordKey(d));
        consultations.ofDecision(d.id).ifPresent(consultations::decisionEnded);
        return d;
    }

    /**
     * Records the decision: refused (409, {@code missing} naming the steps) while its consultation, the account of
     * the comments, or a hearing the catalogue requires is missing; the day must come after the consultation closed.
     */
    @Transactional
    public MajorDecision record(UUID id, DecisionForms.DecisionRecordForm form, String actor) {
        MajorDecision d = lockedPlanned(id);
        Optional<Consultation> consultation = consultations.ofDecision(d.id);
        boolean heard = DecisionMeeting.count("decisionId = ?1 and kind = ?2", d.id, MeetingKind.HEARING) > 0;
        List<String> missing = DecisionProcedureRule.missingSteps(consultation.isPresent(),
                consultation.map(Consultation::hasAccount).orElse(false), d.hearingRequired, heard);
        if (!missing.isEmpty()) {
            throw new ProblemException(ProblemType.CONFLICT, DecisionProcedureRule.refusal(missing), List.of(),
                    Map.of("missing", missing));
        }
        LocalDate on = form.decidedOn() == null ? clock.today() : form.decidedOn();
        if (!on.isAfter(consultation.get().closesOn)) {
            throw new InvalidInputException("decidedOn", "决策日期须晚于征求意见截止日期 " + consultation.get().closesOn);
        }
        d.status = DecisionStatus.DECIDED;
        d.decidedOn = on;
        d.decisionSummary = form.summary().strip();
        d.decisionUrl = trimToNull(form.documentUrl());
        d.decidedBy = actor;
        d.updatedAt = clock.now();
        deadlines.close(recordKey(d));
        return d;
    }

    @Transactional
    public DecisionMeeting addMeeting(UUID id, DecisionForms.MeetingForm form, String actor) {
        MajorDecision d = require(id);
        if (d.status == DecisionStatus.WITHDRAWN) {
            throw new ConflictException("该事项已调出目录");
        }
        DecisionMeeting m = new DecisionMeeting();
        m.id = UUID.randomUUID();
        m.decisionId = d.id;
        m.kind = form.kind();
        m.heldOn = form.heldOn();
        m.place = form.place().trim();
        m.summary = trimToNull(form.summary());
        for (DecisionForms.Participant p : form.participants()) {
            m.participants.add(new MeetingParticipant(p.name().trim(), p.category()));
        }
        m.createdAt = clock.now();
        m.createdBy = actor;
        m.persist();
        return m;
    }

    /**
     * Publishes the catalogue as it now stands as its next version. From the second version on, the change is
     * explained ({@code changeNote}); a catalogue unchanged since its last version is not published again.
     */
    @Transactional
    public DecisionCatalogueVersion publish(String unitPath, int year, DecisionForms.CataloguePublicationForm form,
                                            String actor) {
        Unit unit = units.requireLocked(unitPath); // versions of one unit are numbered one after the other
        List<DecisionCatalogueVersion.Line> lines = MajorDecision.<MajorDecision>list(
                        "unit = ?1 and year = ?2 order by plannedBy, title", unit.path, year).stream()
                .map(DecisionCatalogueVersion.Line::of).toList();
        if (lines.isEmpty()) {
            throw new ConflictException(unit.name + year + "年度重大行政决策事项目录没有事项");
        }
        DecisionCatalogueVersion previous = latest(unit.path, year).orElse(null);
        LocalDate on = form == null || form.publishedOn() == null ? clock.today() : form.publishedOn();
        String note = form == null ? null : trimToNull(form.changeNote());
        if (previous != null) {
            if (previous.lines.equals(lines)) {
                throw new ConflictException("目录自第 " + previous.version + " 版发布以来没有调整");
            }
            List<Violation> problems = new ArrayList<>();
            if (note == null) {
                problems.add(new Violation("changeNote", "调整目录须说明调整情况"));
            }
            if (on.isBefore(previous.publishedOn)) {
                problems.add(new Violation("publishedOn", "发布日期不能早于上一版的发布日期 " + previous.publishedOn));
            }
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
        }
        DecisionCatalogueVersion v = new DecisionCatalogueVersion();
        v.id = UUID.randomUUID();
        v.unit = unit.path;
        v.year = year;
        v.version = previous == null ? 1 : previous.version + 1;
        v.publishedOn = on;
        v.publishedBy = actor;
        v.changeNote = note;
        v.lines = lines;
        v.persist();
        return v;
    }

    public MajorDecision require(UUID id) {
        return MajorDecision.<MajorDecision>findByIdOptional(id)
                .orElseThrow(() -> new ResourceNotFoundException("重大行政决策事项", id));
    }

    public List<MajorDecision> list(String unit, int year) {
        return MajorDecision.list("unit = ?1 and year = ?2 order by plannedBy, title", unit, year);
    }

    /** The decision with its consultation as staff see it (every comment). */
    public DecisionView view(MajorDecision d) {
        return DecisionView.of(d, consultations.ofDecision(d.id).map(c -> consultations.staffView(c, d)).orElse(null),
                meetings(d.id));
    }

    /** The decision's public page: only a decision some published version of its catalogue lists. */
    public DecisionView publicView(UUID id) {
        MajorDecision d = MajorDecision.findById(id);
        if (d == null || versions(d.unit, d.year).stream().noneMatch(v -> v.lines.stream().anyMatch(l -> l.decisionId().equals(id)))) {
            throw new ResourceNotFoundException("重大行政决策事项", id);
        }
        return DecisionView.ofPublic(d, consultations.ofDecision(d.id).filter(c -> consultations.isPublic(c))
                .map(c -> consultations.publicView(c, d)).orElse(null), meetings(d.id));
    }

    /** The current published version with its hearing list; 404 while none is published. */
    public DecisionCatalogueView publicCatalogue(String unitPath, int year) {
        Unit unit = units.require(unitPath);
        List<DecisionCatalogueVersion> all = versions(unit.path, year);
        if (all.isEmpty()) {
            throw new ResourceNotFoundException("重大行政决策事项目录", unit.path + "/" + year);
        }
        DecisionCatalogueVersion current = all.get(all.size() - 1);
        List<UUID> heard = current.lines.stream().filter(l -> l.hearingRequired() && l.status() != DecisionStatus.WITHDRAWN)
                .map(DecisionCatalogueVersion.Line::decisionId).toList();
        Map<UUID, List<DecisionMeeting>> hearings = heard.isEmpty() ? Map.of()
                : DecisionMeeting.<DecisionMeeting>list("decisionId in ?1 and kind = ?2 order by heldOn", heard, MeetingKind.HEARING)
                        .stream().collect(java.util.stream.Collectors.groupingBy(m -> m.decisionId));
        List<HearingListEntry> hearingList = current.lines.stream().filter(l -> heard.contains(l.decisionId()))
                .map(l -> new HearingListEntry(l.decisionId(), l.title(), l.department(), l.plannedBy(),
                        hearings.getOrDefault(l.decisionId(), List.of()).stream().map(DecisionView.MeetingView::ofPublic).toList()))
                .toList();
        return DecisionCatalogueView.of(current, all.size() > 1 ? all.get(all.size() - 2) : null, unit.name, hearingList);
    }

    /** Every published version, first to last, each with what it changed (调整情况). */
    public List<DecisionCatalogueView> history(String unitPath, int year) {
        Unit unit = units.require(unitPath);
        List<DecisionCatalogueVersion> all = versions(unit.path, year);
        List<DecisionCatalogueView> views = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            views.add(DecisionCatalogueView.of(all.get(i), i == 0 ? null : all.get(i - 1), unit.name, List.of()));
        }
        return views;
    }

    private List<DecisionCatalogueVersion> versions(String unit, int year) {
        return DecisionCatalogueVersion.list("unit = ?1 and year = ?2 and publishedOn <= ?3 order by version", unit, year, clock.today());
    }

    private Optional<DecisionCatalogueVersion> latest(String unit, int year) {
        return DecisionCatalogueVersion.<DecisionCatalogueVersion>find("unit = ?1 and year = ?2 order by version desc", unit, year)
                .firstResultOptional();
    }

    private List<DecisionMeeting> meetings(UUID decisionId) {
        return DecisionMeeting.list("decisionId = ?1 order by heldOn, createdAt", decisionId);
    }

    private MajorDecision lockedPlanned(UUID id) {
        MajorDecision d = MajorDecision.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (d == null) {
            throw new ResourceNotFoundException("重大行政决策事项", id);
        }
        if (d.status != DecisionStatus.PLANNED) {
            throw new ConflictException("该事项" + d.status.label() + "，不能再调整或决策");
        }
        return d;
    }

    static DeadlineKey recordKey(MajorDecision d) {
        return DeadlineKey.of(AGGREGATE, d.id.toString(), RECORD_DEADLINE);
    }
}
