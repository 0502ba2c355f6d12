package org.govopen.request.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.govopen.commons.security.UnitScope;
import org.govopen.commons.events.Outbox;
import org.govopen.commons.time.GovClock;
import org.govopen.request.messaging.AnnualTableSubmitted;
import org.govopen.request.api.AnnualReportView;
import org.govopen.commons.disclosure.AnnualReportDeadlineRule;
import org.govopen.request.domain.ApplicantKind;
import org.govopen.request.domain.RemedyKind;
import org.govopen.request.domain.RemedyResult;
import org.govopen.request.domain.ReplyOutcome;

/**
 * Computes the annual report of one unit (optionally with the units below it). Only received applications count
 * (条例第三十一条), by receipt and conclusion dates:
 * <ul>
 *   <li>一 本年新收: received in the year;</li>
 *   <li>二 上年结转: received before the year and not concluded before it;</li>
 *   <li>三 办理结果: concluded in the year (replied, deemed abandoned or withdrawn), by outcome; （七）总计;</li>
 *   <li>四 结转下年度继续办理: received by the year's end and not concluded in it.</li>
 * </ul>
 * So 一 + 二 = 三（七） + 四 in every column. Remedies count when filed in the year, with the result known at the
 * year's end (a later decision shows as 尚未审结).
 */
@ApplicationScoped
public class AnnualReportService {

    static final String TOTAL = "TOTAL";
    private static final String[] ROW_PREFIX = {"一", "二", "三", "四", "五", "六"};
    private static final String[] PARENS = {"（一）", "（二）", "（三）", "（四）", "（五）", "（六）"};

    @Inject
    EntityManager em;

    @Inject
    GovClock clock;

    @Inject
    Outbox outbox;

    /**
     * Sends the unit's finished tables of {@code year} to catalog-service, which puts them in sections 三 and 四 of the
     * annual report as they are ({@link AnnualTableSubmitted}, through the outbox). Only a year that is over; sending
     * again replaces what the catalogue had.
     */
    @jakarta.transaction.Transactional
    public AnnualReportView submit(int year, String unit) {
        if (year >= clock.today().getYear()) {
            throw new org.govopen.commons.problem.ConflictException(year + " 年尚未结束，年度结束后方可报送统计表");
        }
        AnnualReportView table = compute(year, unit, false);
        outbox.writeWithSchema(org.govopen.commons.events.Topics.REQUEST_EVENTS, AnnualTableSubmitted.TYPE,
                AnnualTableSubmitted.TYPE, unit, AnnualTableSubmitted.of(table));
        return table;
    }

    public AnnualReportView compute(int year, String unit, boolean includeSubunits) {
        LocalDate start = LocalDate.of(year, 1, 1);
        LocalDate end = LocalDate.of(year, 12, 31);
        String scope = includeSubunits ? "(unit = :unit or unit like :below escape '\\')" : "unit = :unit";

        Map<ApplicantKind, Long> received = byKind(countQuery(
                "received_on between :start and :end", scope, unit, start, end));
        Map<ApplicantKind, Long> carriedIn = byKind(countQuery(
                "received_on < :start and (concluded_on is null or concluded_on >= :start)", scope, unit, start, end));
        Map<ApplicantKind, Long> carriedOut = byKind(countQuery(
                "received_on <= :end and (concluded_on is null or concluded_on > :end)", scope, unit, start, end));
        Map<ReplyOutcome, Map<ApplicantKind, Long>> outcomes = byOutcome(scope, unit, start, end);

        List<AnnualReportView.Row> rows = new ArrayList<>();
        rows.add(row("一", "一、本年新收政府信息公开申请数量", false, received));
        rows.add(row("二", "二、上年结转政府信息公开申请数量", false, carriedIn));
        Map<ApplicantKind, Long> all = new EnumMap<>(ApplicantKind.class);
        for (int g = 0; g < ROW_PREFIX.length; g++) {
            String group = ROW_PREFIX[g];
            List<ReplyOutcome> members = Arrays.stream(ReplyOutcome.values()).filter(o -> o.row().equals(group)).toList();
            Map<ApplicantKind, Long> groupCounts = new EnumMap<>(ApplicantKind.class);
            for (ReplyOutcome o : members) {
                outcomes.getOrDefault(o, Map.of()).forEach((k, n) -> {
                    groupCounts.merge(k, n, Long::sum);
                    all.merge(k, n, Long::sum);
                });
            }
            if (members.size() == 1 && members.get(0).item() == 0) {
                rows.add(row("三" + PARENS[g], "三、本年度办理结果" + PARENS[g] + members.get(0).rowLabel()
                        + (members.get(0) == ReplyOutcome.PARTIAL ? "（区分处理的，只计这一情形，不计其他情形）" : ""), false, groupCounts));
            } else {
                rows.add(row("三" + PARENS[g], "三、本年度办理结果" + PARENS[g] + members.get(0).rowLabel(), true, groupCounts));
                for (ReplyOutcome o : members) {
                    rows.add(row("三" + PARENS[g] + o.item(), o.item() + "." + o.itemLabel(), false,
                            outcomes.getOrDefault(o, Map.of())));
                }
            }
        }
        rows.add(row("三（七）", "三、本年度办理结果（七）总计", true, all));
        rows.add(row("四", "四、结转下年度继续办理", false, carriedOut));

        List<String> columns = new ArrayList<>();
        Map<String, String> labels = new LinkedHashMap<>();
        for (ApplicantKind k : ApplicantKind.values()) {
            columns.add(k.name());
            labels.put(k.name(), k.isNaturalPerson() ? k.label() : "法人或其他组织：" + k.label());
        }
        columns.add(TOTAL);
        labels.put(TOTAL, "总计");
        boolean department = org.govopen.request.domain.UnitName.<org.govopen.request.domain.UnitName>findByIdOptional(unit)
                .map(u -> "DEPARTMENT".equals(u.kind)).orElse(false);
        return new AnnualReportView(year, unit, includeSubunits, clock.now(), columns, labels, rows,
                remedies(scope, unit, start, end), AnnualReportDeadlineRule.dueOn(year, department),
                AnnualReportDeadlineRule.duty(department));
    }

    private Query countQuery(String condition, String scope, String unit, LocalDate start, LocalDate end) {
        return query("select applicant_kind, count(*) from application where received_on is not null and "
                + condition + " and " + scope + " group by applicant_kind", unit, start, end);
    }

    private Map<ReplyOutcome, Map<ApplicantKind, Long>> byOutcome(String scope, String unit, LocalDate start, LocalDate end) {
        Query q = query("select outcome, applicant_kind, count(*) from application "
                + "where received_on is not null and outcome is not null and concluded_on between :start and :end and "
                + scope + " group by outcome, applicant_kind", unit, start, end);
        Map<ReplyOutcome, Map<ApplicantKind, Long>> out = new EnumMap<>(ReplyOutcome.class);
        for (Object o : q.getResultList()) {
            Object[] r = (Object[]) o;
            out.computeIfAbsent(ReplyOutcome.valueOf((String) r[0]), x -> new EnumMap<>(ApplicantKind.class))
                    .put(ApplicantKind.valueOf((String) r[1]), ((Number) r[2]).longValue());
        }
        return out;
    }

    private List<AnnualReportView.RemedyColumn> remedies(String scope, String unit, LocalDate start, LocalDate end) {
        Query q = query("""
                select r.kind, case when r.result = 'PENDING' or r.decided_on > :end then 'PENDING' else r.result end, count(*)
                from remedy r join application a on a.id = r.application_id
                where r.filed_on between :start and :end and """ + " " + scope.replace("unit =", "a.unit =").replace("unit like", "a.unit like") + " group by 1, 2",
                unit, start, end);
        Map<RemedyKind, Map<String, Long>> counts = new EnumMap<>(RemedyKind.class);
        for (Object o : q.getResultList()) {
            Object[] r = (Object[]) o;
            counts.computeIfAbsent(RemedyKind.valueOf((String) r[0]), k -> new LinkedHashMap<>())
                    .put((String) r[1], ((Number) r[2]).longValue());
        }
        List<AnnualReportView.RemedyColumn> columns = new ArrayList<>();
        for (RemedyKind kind : RemedyKind.values()) {
            Map<String, Long> c = new LinkedHashMap<>();
            long total = 0;
            for (RemedyResult result : RemedyResult.values()) {
                long n = counts.getOrDefault(kind, Map.of()).getOrDefault(result.name(), 0L);
                c.put(result.name(), n);
                total += n;
            }
            c.put(TOTAL, total);
            columns.add(new AnnualReportView.RemedyColumn(kind.name(), kind.label(), c));
        }
        return columns;
    }

    /** A native query with whichever of :unit, :below, :start and :end its SQL uses bound. */
    private Query query(String sql, String unit, LocalDate start, LocalDate end) {
        Query q = em.createNativeQuery(sql);
        q.setParameter("unit", unit);
        if (sql.contains(":below")) {
            q.setParameter("below", UnitScope.belowPattern(unit));
        }
        if (sql.contains(":start")) {
            q.setParameter("start", start);
        }
        if (sql.contains(":end")) {
            q.setParameter("end", end);
        }
        return q;
    }

    private static Map<ApplicantKind, Long> byKind(Query q) {
        Map<ApplicantKind, Long> out = new EnumMap<>(ApplicantKind.class);
        for (Object o : q.getResultList()) {
            Object[] r = (Object[]) o;
            out.put(ApplicantKind.valueOf((String) r[0]), ((Number) r[1]).longValue());
        }
        return out;
    }

    private static AnnualReportView.Row row(String code, String label, boolean subtotal, Map<ApplicantKind, Long> counts) {
        Map<String, Long> out = new LinkedHashMap<>();
        long total = 0;
        for (ApplicantKind k : ApplicantKind.values()) {
            long n = counts.getOrDefault(k, 0L);
            out.put(k.name(), n);
            total += n;
        }
        out.put(TOTAL, total);
        return new AnnualReportView.Row(code, label, subtotal, out);
    }
}
