package org.govopen.catalog.service;

import static org.govopen.commons.rest.FormText.trimToNull;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.govopen.catalog.api.AnnualReportForm;
import org.govopen.catalog.api.AnnualReportView;
import org.govopen.catalog.api.AnnualReportView.DocumentCounts;
import org.govopen.catalog.domain.AnnualReport;
import org.govopen.catalog.domain.AnnualReportRule;
import org.govopen.catalog.domain.DocumentKind;
import org.govopen.catalog.domain.DocumentStatus;
import org.govopen.catalog.domain.ReportStatus;
import org.govopen.catalog.domain.RequestTable;
import org.govopen.catalog.domain.RequestTables;
import org.govopen.catalog.domain.Unit;
import org.govopen.commons.calendar.WorkdayCalendar;
import org.govopen.commons.deadline.Deadline;
import org.govopen.commons.deadline.DeadlineKey;
import org.govopen.commons.deadline.Deadlines;
import org.govopen.commons.problem.ConflictException;
import org.govopen.commons.problem.InvalidInputException;
import org.govopen.commons.problem.ProblemException;
import org.govopen.commons.problem.ProblemType;
import org.govopen.commons.problem.ResourceNotFoundException;
import org.govopen.commons.time.GovClock;
import org.jboss.logging.Logger;

/**
 * The annual report on government information disclosure (政府信息公开工作年度报告; {@link AnnualReportRule}): generated
 * per unit and year from the catalogue's documents and interpretations, the figures entered by hand, and
 * request-service's tables as received; draft → approved (when nothing is missing) → published. Each unit's report of
 * the past year has a deadline — 31 January for departments, 31 March for governments — opened in the first days of
 * the year, warned {@value #WARNING_DAYS} days before, breached after, closed by publication.
 */
@ApplicationScoped
public class AnnualReportService {

    private static final Logger LOG = Logger.getLogger(AnnualReportService.class);

    static final String AGGREGATE = "annual-report";
    static final String DEADLINE = "annual-report";
    static final int WARNING_DAYS = 15;

    @Inject
    UnitService units;

    @Inject
    Deadlines deadlines;

    @Inject
    GovClock clock;

    /** The hand-entered parts of the unit's report of {@code year}, kept as a draft (created on first save). */
    @Transactional
    public AnnualReport saveDraft(String unitPath, int year, AnnualReportForm form, String actor) {
        Unit unit = reporting(unitPath, year);
        AnnualReport r = AnnualReport.<AnnualReport>find("unit = ?1 and year = ?2", unit.path, year)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
        if (r == null) {
            r = new AnnualReport();
            r.id = UUID.randomUUID();
            r.unit = unit.path;
            r.year = year;
            r.status = ReportStatus.DRAFT;
            r.createdAt = clock.now();
            r.createdBy = actor;
        } else if (r.status != ReportStatus.DRAFT) {
            throw new ConflictException(year + " 年度报告" + r.status.label() + "，不能再修改");
        }
        r.overview = trimToNull(form.overview());
        r.problems = trimToNull(form.problems());
        r.otherMatters = trimToNull(form.otherMatters());
        r.licensingDecisions = form.licensingDecisions();
        r.punishmentDecisions = form.punishmentDecisions();
        r.enforcementDecisions = form.enforcementDecisions();
        r.feesTenThousandYuan = form.feesTenThousandYuan();
        r.headHearings = form.headHearings();
        r.updatedAt = clock.now();
        r.updatedBy = actor;
        r.persist();
        openDeadline(unit, year);
        return r;
    }

    /** Approves the draft (审定): refused (409, {@code missing}) while a part is missing. */
    @Transactional
    public AnnualReport approve(String unitPath, int year, String actor) {
        AnnualReport r = locked(unitPath, year);
        if (r.status != ReportStatus.DRAFT) {
            throw new ConflictException(year + " 年度报告" + r.status.label());
        }
        List<String> missing = AnnualReportRule.missing(r, RequestTable.findById(new RequestTable.Key(r.unit, year)) != null);
        if (!missing.isEmpty()) {
            throw new ProblemException(ProblemType.CONFLICT, "年度报告尚不完整，不能审定：缺 " + String.join("、", missing),
                    List.of(), Map.of("missing", missing));
        }
        r.status = ReportStatus.APPROVED;
        r.approvedOn = clock.today();
        r.approvedBy = actor;
        return r;
    }

    /** Publishes the approved report (向社会公布); its deadline closes. */
    @Transactional
    public AnnualReport publish(String unitPath, int year, String actor) {
        AnnualReport r = locked(unitPath, year);
        if (r.status != ReportStatus.APPROVED) {
            throw new ConflictException(r.status == ReportStatus.DRAFT ? "年度报告须先审定后公布" : year + " 年度报告已于 " + r.publishedOn + " 公布");
        }
        r.status = ReportStatus.PUBLISHED;
        r.publishedOn = clock.today();
        r.publishedBy = actor;
        deadlines.close(deadlineKey(r.unit, year));
        return r;
    }

    /**
     * request-service's tables of a unit's year arrived (over Kafka): kept as they are, a later one replacing an
     * earlier one; one generated before what is kept (a redelivery out of order) is dropped.
     */
    @Transactional
    public void requestTablesReceived(String unit, int year, RequestTables tables) {
        RequestTable t = RequestTable.findById(new RequestTable.Key(unit, year), LockModeType.PESSIMISTIC_WRITE);
        if (t != null && !tables.generatedAt().isAfter(t.generatedAt)) {
            LOG.infof("annual tables of %s %d generated %s: older than those kept (%s), dropped", unit, year,
                    tables.generatedAt(), t.generatedAt);
            return;
        }
        if (t == null) {
            t = new RequestTable();
            t.unit = unit;
            t.year = year;
        }
        t.generatedAt = tables.generatedAt();
        t.receivedAt = clock.now();
        t.tables = tables;
        t.persist();
    }

    /** The report as it stands, generated now: a draft with what is there, or the approved or published one. */
    public AnnualReportView generate(String unitPath, int year) {
        Unit unit = reporting(unitPath, year);
        AnnualReport r = AnnualReport.find("unit = ?1 and year = ?2", unit.path, year).firstResult();
        return generate(unit, year, r);
    }

    /** The published report; 404 before it is published. */
    public AnnualReportView published(String unitPath, int year) {
        Unit unit = units.require(unitPath);
        AnnualReport r = AnnualReport.find("unit = ?1 and year = ?2", unit.path, year).firstResult();
        if (r == null || r.status != ReportStatus.PUBLISHED) {
            throw new ResourceNotFoundException("年度报告", unit.path + "/" + year);
        }
        return generate(unit, year, r);
    }

    AnnualReportView generate(Unit unit, int year, AnnualReport r) {
        LocalDate start = LocalDate.of(year, 1, 1);
        LocalDate end = LocalDate.of(year, 12, 31);
        RequestTable t = RequestTable.findById(new RequestTable.Key(unit.path, year));
        long headInterpretations = org.govopen.catalog.domain.PolicyInterpretation.count(
                "unit = ?1 and interpreterIsHead = true and publishedOn between ?2 and ?3", unit.path, start, end);
        AnnualReport parts = r != null ? r : new AnnualReport();
        var proactive = new AnnualReportView.ProactiveDisclosure(counts(unit.path, DocumentKind.REGULATION, start, end),
                counts(unit.path, DocumentKind.NORMATIVE, start, end), parts.licensingDecisions, parts.punishmentDecisions,
                parts.enforcementDecisions, parts.feesTenThousandYuan);
        var other = new AnnualReportView.OtherMatters(parts.otherMatters, parts.headHearings, headInterpretations,
                parts.headHearings != null && parts.headHearings >= AnnualReportRule.HEAD_MINIMUM_PER_YEAR,
                headInterpretations >= AnnualReportRule.HEAD_MINIMUM_PER_YEAR);
        ReportStatus status = r == null ? ReportStatus.DRAFT : r.status;
        return new AnnualReportView(unit.path, unit.name, year, unit.kind == org.govopen.catalog.domain.UnitKind.DEPARTMENT,
                status.name(), status.label(), AnnualReportRule.dueOn(year, unit.kind), AnnualReportRule.duty(unit.kind),
                parts.overview, proactive, t == null ? null : t.tables, parts.problems, other,
                status == ReportStatus.DRAFT ? AnnualReportRule.missing(parts, t != null) : List.of(),
                parts.approvedOn, parts.publishedOn, clock.now());
    }

    /** 本年制发, 本年废止, 现行有效 (at the end of the year) of one kind of the unit's documents. */
    private static DocumentCounts counts(String unit, DocumentKind kind, LocalDate start, LocalDate end) {
        long issued = org.govopen.catalog.domain.GovDocument.count("unit = ?1 and kind = ?2 and formedOn between ?3 and ?4",
                unit, kind, start, end);
        long repealed = org.govopen.catalog.domain.GovDocument.count(
                "unit = ?1 and kind = ?2 and status = ?3 and obsoleteOn between ?4 and ?5", unit, kind, DocumentStatus.OBSOLETE, start, end);
        long inForce = org.govopen.catalog.domain.GovDocument.count(
                "unit = ?1 and kind = ?2 and formedOn <= ?3 and (obsoleteOn is null or obsoleteOn > ?3)", unit, kind, end);
        return new DocumentCounts(issued, repealed, inForce);
    }

    /**
     * Opens the deadline of every reporting unit's report of last year, in the first days of the year (00:10 each
     * day; opening is skipped where one exists or the report is published). Not once the day is past: a system
     * started after 31 March does not raise last year's breaches for reports published elsewhere.
     */
    @Scheduled(cron = "0 10 0 * * ?", timeZone = "Asia/Shanghai", identity = "annual-report-deadlines")
    @Transactional
    void openDeadlinesDaily() {
        int opened = openLastYearsDeadlines();
        if (opened > 0) {
            LOG.infof("opened the deadlines of %d annual reports of %d", opened, clock.today().getYear() - 1);
        }
    }

    /** The daily job's work: returns how many deadlines it opened. */
    @Transactional
    public int openLastYearsDeadlines() {
        int year = clock.today().getYear() - 1;
        Set<String> published = new HashSet<>(AnnualReport.<AnnualReport>list("year = ?1 and status = ?2", year, ReportStatus.PUBLISHED)
                .stream().map(r -> r.unit).toList());
        Map<String, Boolean> open = new HashMap<>();
        Deadline.<Deadline>list("aggregateType = ?1 and kind = ?2 and aggregateId like ?3", AGGREGATE, DEADLINE, "%@" + year)
                .forEach(d -> open.put(d.aggregateId, true));
        int opened = 0;
        for (Unit u : Unit.<Unit>listAll()) {
            if (AnnualReportRule.keepsReport(u.kind) && !published.contains(u.path)
                    && !open.containsKey(aggregateId(u.path, year)) && !clock.today().isAfter(AnnualReportRule.dueOn(year, u.kind))) {
                openDeadline(u, year);
                opened++;
            }
        }
        return opened;
    }

    private void openDeadline(Unit unit, int year) {
        DeadlineKey key = deadlineKey(unit.path, year);
        LocalDate due = AnnualReportRule.dueOn(year, unit.kind);
        if (deadlines.find(key).isPresent() || clock.today().isAfter(due)) {
            return;
        }
        OffsetDateTime dueAt = WorkdayCalendar.endOf(due);
        deadlines.openAt(key, unit.name + year + "年政府信息公开工作年度报告", unit.path, dueAt, dueAt.minusDays(WARNING_DAYS));
    }

    private Unit reporting(String unitPath, int year) {
        Unit unit = units.require(unitPath);
        if (!AnnualReportRule.keepsReport(unit.kind)) {
            throw new InvalidInputException("unit", "“" + unit.name + "”（" + unit.kind.label() + "）不编制政府信息公开工作年度报告");
        }
        if (year > clock.today().getYear()) {
            throw new InvalidInputException("year", year + " 年尚未开始");
        }
        return unit;
    }

    private static AnnualReport locked(String unit, int year) {
        AnnualReport r = AnnualReport.<AnnualReport>find("unit = ?1 and year = ?2", unit, year)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
        if (r == null) {
            throw new ResourceNotFoundException("年度报告", unit + "/" + year);
        }
        return r;
    }

    static String aggregateId(String unit, int year) {
        return unit + "@" + year;
    }

    static DeadlineKey deadlineKey(String unit, int year) {
        return DeadlineKey.of(AGGREGATE, aggregateId(unit, year), DEADLINE);
    }
}
