package org.govopen.catalog.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.govopen.catalog.api.InspectionRoundForms;
import org.govopen.catalog.api.InspectionRoundView;
import org.govopen.catalog.domain.InspectionDraw;
import org.govopen.catalog.domain.InspectionFinding;
import org.govopen.catalog.domain.InspectionItem;
import org.govopen.catalog.domain.InspectionRound;
import org.govopen.catalog.domain.Unit;
import org.govopen.commons.calendar.CurrentCalendar;
import org.govopen.commons.calendar.WorkdayCalendar;
import org.govopen.commons.deadline.DeadlineKey;
import org.govopen.commons.deadline.Deadlines;
import org.govopen.commons.problem.ConflictException;
import org.govopen.commons.problem.InvalidInputException;
import org.govopen.commons.problem.ProblemException;
import org.govopen.commons.problem.ProblemType;
import org.govopen.commons.problem.ResourceNotFoundException;
import org.govopen.commons.problem.Violation;
import org.govopen.commons.security.UnitScope;
import org.govopen.commons.time.GovClock;

/**
 * Rounds of random inspection (三随机抽查巡检, seed 003; rules.md §2b): a government's disclosure office draws units
 * below it, items of the fifteen and a working day of a window ({@link InspectionDraw}, the seed and candidates
 * recorded); records a finding per drawn unit and item; a problem gets a rectification deadline (整改) that warns
 * {@value #RECTIFICATION_WARNING_DAYS} days before and breaches after; the report (通报) is published once every drawn
 * unit and item has its finding.
 */
@ApplicationScoped
public class InspectionRoundService {

    static final String AGGREGATE = "inspection-finding";
    static final String RECTIFICATION_DEADLINE = "rectification";
    static final int RECTIFICATION_WARNING_DAYS = 3;

    private static final SecureRandom SEEDS = new SecureRandom();

    @Inject
    UnitService units;

    @Inject
    CurrentCalendar calendar;

    @Inject
    Deadlines deadlines;

    @Inject
    GovClock clock;

    @Transactional
    public InspectionRound draw(InspectionRoundForms.NewRoundForm form, String actor) {
        Unit organiser = units.require(form.organiser());
        List<Violation> problems = new ArrayList<>();
        if (!organiser.kind.isGovernment()) {
            problems.add(new Violation("organiser", "随机抽查由人民政府的政务公开主管部门组织；“" + organiser.name + "”不是人民政府"));
        }
        if (form.to().isBefore(form.from())) {
            problems.add(new Violation("to", "时间窗口的结束日不能早于开始日"));
        }
        List<String> candidates = Unit.<Unit>list("path like ?1 escape '\\' order by path", UnitScope.belowPattern(organiser.path))
                .stream().map(u -> u.path).toList();
        boolean repeat = Boolean.TRUE.equals(form.repeat());
        if (candidates.isEmpty()) {
            problems.add(new Violation("organiser", "“" + organiser.name + "”没有下级单位可供抽查"));
        } else if (!repeat && form.unitCount() > candidates.size()) {
            problems.add(new Violation("unitCount", "只有 " + candidates.size() + " 个下级单位可供抽查（不重复抽取）"));
        }
        if (!repeat && form.itemCount() > InspectionItem.values().length) {
            problems.add(new Violation("itemCount", "抽查事项共 " + InspectionItem.values().length + " 项（不重复抽取）"));
        }
        WorkdayCalendar days = calendar.get();
        if (problems.isEmpty() && form.from().datesUntil(form.to().plusDays(1)).noneMatch(days::isWorkingDay)) {
            problems.add(new Violation("from", form.from() + " 至 " + form.to() + " 没有工作日，无法安排抽查"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        long seed = form.seed() != null ? form.seed() : SEEDS.nextLong();
        InspectionDraw draw = InspectionDraw.draw(seed, candidates, form.unitCount(), form.itemCount(), repeat,
                form.from(), form.to(), days::isWorkingDay);
        InspectionRound r = new InspectionRound();
        r.id = UUID.randomUUID();
        r.organiser = organiser.path;
        r.title = form.title().trim();
        r.seed = seed;
        r.windowFrom = form.from();
        r.windowTo = form.to();
        r.unitCount = form.unitCount();
        r.itemCount = form.itemCount();
        r.repeatDraws = repeat;
        r.candidates = candidates;
        r.drawnUnits = draw.units();
        r.drawnItems = draw.items();
        r.inspectOn = draw.on();
        r.createdAt = clock.now();
        r.createdBy = actor;
        r.persist();
        return r;
    }

    @Transactional
    public InspectionFinding find(UUID roundId, InspectionRoundForms.FindingForm form, String actor) {
        InspectionRound r = locked(roundId);
        if (r.isReported()) {
            throw new ConflictException("本轮抽查已于 " + r.reportedOn + " 通报");
        }
        LocalDate today = clock.today();
        if (today.isBefore(r.inspectOn)) {
            throw new ConflictException("抽查日为 " + r.inspectOn + "，届时方可记录检查结果");
        }
        List<Violation> problems = new ArrayList<>();
        if (!r.drawnUnits.contains(form.unit())) {
            problems.add(new Violation("unit", "“" + form.unit() + "”不是本轮抽中的单位"));
        }
        if (!r.drawnItems.contains(form.item())) {
            problems.add(new Violation("item", "“" + form.item().label() + "”不是本轮抽中的事项"));
        }
        if (!form.conforms() && form.rectifyBy() == null) {
            problems.add(new Violation("rectifyBy", "发现问题的须写明整改期限"));
        } else if (!form.conforms() && !form.rectifyBy().isAfter(today)) {
            problems.add(new Violation("rectifyBy", "整改期限须晚于今天"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (InspectionFinding.count("roundId = ?1 and unit = ?2 and item = ?3", r.id, form.unit(), form.item()) > 0) {
            throw new ConflictException("已记录该单位“" + form.item().label() + "”的检查结果");
        }
        InspectionFinding f = new InspectionFinding();
        f.id = UUID.randomUUID();
        f.roundId = r.id;
        f.unit = form.unit();
        f.item = form.item();
        f.conforms = form.conforms();
        f.description = form.description().strip();
        f.rectifyBy = f.conforms ? null : form.rectifyBy();
        f.recordedAt = clock.now();
        f.recordedBy = actor;
        f.persist();
        if (!f.conforms) {
            deadlines.aggregateCreated(AGGREGATE, f.id.toString());
            OffsetDateTime due = WorkdayCalendar.endOf(f.rectifyBy);
            deadlines.openAt(rectificationKey(f), r.title + "：" + units.require(f.unit).name + "“" + f.item.label() + "”整改",
                    f.unit, due, due.minusDays(RECTIFICATION_WARNING_DAYS));
        }
        return f;
    }

    /** The inspected unit reports its rectification; the deadline closes, late when after the day set. */
    @Transactional
    public InspectionFinding rectify(UUID roundId, UUID findingId, InspectionRoundForms.RectificationForm form) {
        InspectionFinding f = InspectionFinding.findById(findingId, LockModeType.PESSIMISTIC_WRITE);
        if (f == null || !f.roundId.equals(roundId)) {
            throw new ResourceNotFoundException("检查结果", findingId);
        }
        if (f.conforms) {
            throw new ConflictException("该项检查未发现问题，无须整改");
        }
        if (f.rectifiedOn != null) {
            throw new ConflictException("已于 " + f.rectifiedOn + " 整改");
        }
        LocalDate on = form.rectifiedOn() == null ? clock.today() : form.rectifiedOn();
        if (on.isBefore(f.recordedAt.atZoneSameInstant(WorkdayCalendar.ZONE).toLocalDate())) {
            throw new InvalidInputException("rectifiedOn", "整改日期不能早于发现问题之日");
        }
        f.rectifiedOn = on;
        f.rectificationNote = form.note().strip();
        deadlines.close(rectificationKey(f));
        return f;
    }

    /** Publishes the report (通报): refused (409, {@code missing}: "unit:ITEM") while a drawn pair has no finding. */
    @Transactional
    public InspectionRound report(UUID roundId, InspectionRoundForms.ReportForm form, String actor) {
        InspectionRound r = locked(roundId);
        if (r.isReported()) {
            throw new ConflictException("本轮抽查已于 " + r.reportedOn + " 通报");
        }
        List<String> pending = pending(r, findings(r.id));
        if (!pending.isEmpty()) {
            throw new ProblemException(ProblemType.CONFLICT, "尚有 " + pending.size() + " 项抽查未记录检查结果，不能通报",
                    List.of(), Map.of("missing", pending));
        }
        r.reportSummary = form.summary().strip();
        r.reportedOn = clock.today();
        r.reportedBy = actor;
        return r;
    }

    public InspectionRound require(UUID id) {
        return InspectionRound.<InspectionRound>findByIdOptional(id)
                .orElseThrow(() -> new ResourceNotFoundException("随机抽查", id));
    }

    public InspectionFinding requireFinding(UUID roundId, UUID findingId) {
        InspectionFinding f = InspectionFinding.findById(findingId);
        if (f == null || !f.roundId.equals(roundId)) {
            throw new ResourceNotFoundException("检查结果", findingId);
        }
        return f;
    }

    public InspectionRoundView view(InspectionRound r) {
        List<InspectionFinding> findings = findings(r.id);
        return InspectionRoundView.of(r, findings, pending(r, findings));
    }

    public List<InspectionRoundView> ofOrganiser(String organiser, boolean reportedOnly) {
        return InspectionRound.<InspectionRound>list("organiser = ?1 order by createdAt desc", organiser).stream()
                .filter(r -> !reportedOnly || r.isReported()).map(this::view).toList();
    }

    /** The published report; 404 before it is published (the draw stays unannounced until then: 时间随机). */
    public InspectionRoundView publicView(UUID id) {
        InspectionRound r = InspectionRound.findById(id);
        if (r == null || !r.isReported()) {
            throw new ResourceNotFoundException("随机抽查通报", id);
        }
        return view(r);
    }

    /** Each drawn unit–item pair without a finding, as "unit:ITEM", in the order drawn. */
    static List<String> pending(InspectionRound r, List<InspectionFinding> findings) {
        Set<String> found = new HashSet<>();
        findings.forEach(f -> found.add(f.unit + ":" + f.item.name()));
        List<String> pending = new ArrayList<>();
        for (String u : r.drawnUnits.stream().distinct().toList()) {
            for (InspectionItem i : r.drawnItems.stream().distinct().toList()) {
                if (!found.contains(u + ":" + i.name())) {
                    pending.add(u + ":" + i.name());
                }
            }
        }
        return pending;
    }

    private static List<InspectionFinding> findings(UUID roundId) {
        return InspectionFinding.list("roundId = ?1 order by recordedAt", roundId);
    }

    private static InspectionRound locked(UUID id) {
        InspectionRound r = InspectionRound.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (r == null) {
            throw new ResourceNotFoundException("随机抽查", id);
        }
        return r;
    }

    static DeadlineKey rectificationKey(InspectionFinding f) {
        return DeadlineKey.of(AGGREGATE, f.id.toString(), RECTIFICATION_DEADLINE);
    }
}
