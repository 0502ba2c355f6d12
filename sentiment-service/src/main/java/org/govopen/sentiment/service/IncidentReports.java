package org.govopen.sentiment.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.govopen.commons.calendar.WorkdayCalendar;
import org.govopen.commons.problem.ResourceNotFoundException;
import org.govopen.commons.security.CurrentUser;
import org.govopen.commons.security.UnitScope;
import org.govopen.sentiment.api.EvaluationView;
import org.govopen.sentiment.api.IncidentReportView;
import org.govopen.sentiment.api.IncidentView;
import org.govopen.sentiment.domain.Assessment;
import org.govopen.sentiment.domain.Escalation;
import org.govopen.sentiment.domain.Incident;
import org.govopen.sentiment.domain.IncidentState;
import org.govopen.sentiment.domain.Response;
import org.govopen.sentiment.domain.ResponseWindow;
import org.govopen.sentiment.domain.ResponseWindowKind;
import org.govopen.sentiment.domain.WindowState;

/** Evaluation (评估) of one incident, and the figures of a unit over a period. */
@ApplicationScoped
public class IncidentReports {

    @Inject
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    IncidentWindows windows;

    public EvaluationView evaluation(UUID id) {
        Incident i = Incident.findById(id);
        if (i == null || !user.covers(i.unit)) {
            throw new ResourceNotFoundException("舆情事件", id);
        }
        List<ResponseWindow> ws = windows.of(i.id);
        List<EvaluationView.Moment> t = new ArrayList<>();
        t.add(new EvaluationView.Moment(i.establishedAt, "ESTABLISHED", "确立舆情事件（" + i.origin + "）"));
        for (Assessment a : Assessment.<Assessment>list("incidentId", i.id)) {
            t.add(new EvaluationView.Moment(a.at, "ASSESSED", "研判：" + a.level.label() + "，责任单位 " + a.responsibleGovernment
                    + (a.leadDepartment == null ? "" : " " + a.leadDepartment)));
        }
        for (Response r : Response.<Response>list("incidentId", i.id)) {
            t.add(new EvaluationView.Moment(r.respondedAt, "RESPONDED", r.kind.label() + "（" + r.channel + "）"));
        }
        for (Escalation e : Escalation.<Escalation>list("incidentId", i.id)) {
            t.add(new EvaluationView.Moment(e.at, "ESCALATED", e.windowKind.label() + "超时，升级至 " + e.unit + " " + e.stepKind.label()));
        }
        for (org.govopen.sentiment.domain.HandoffOrder o : org.govopen.sentiment.domain.HandoffOrder
                .<org.govopen.sentiment.domain.HandoffOrder>list("incidentId", i.id)) {
            for (org.govopen.sentiment.domain.HandoffOrderEntry e : org.govopen.sentiment.domain.HandoffOrderEntry
                    .<org.govopen.sentiment.domain.HandoffOrderEntry>list("orderId = ?1 order by at, seq", o.id)) {
                t.add(new EvaluationView.Moment(e.at, "ORDER_" + e.action, "转办单 " + o.number + "（" + o.toUnit + "）"
                        + (e.text == null ? "" : "：" + e.text)));
            }
        }
        for (ResponseWindow w : ws) {
            if (w.state != WindowState.WITHDRAWN) {
                t.add(new EvaluationView.Moment(w.dueAt, "WINDOW_ENDS", w.kind.label() + "时限届满（" + w.state + "）"));
            }
        }
        if (i.closedAt != null) {
            t.add(new EvaluationView.Moment(i.closedAt, i.state == IncidentState.MERGED ? "MERGED" : "CLOSED",
                    i.closingNote == null ? "" : i.closingNote));
        }
        t.sort(Comparator.comparing(EvaluationView.Moment::at));
        List<ResponseWindow> owed = ws.stream().filter(w -> w.state != WindowState.WITHDRAWN).toList();
        return new EvaluationView(i.id, i.number, i.state, i.state != IncidentState.OPEN, i.level, i.establishedAt,
                i.closedAt, owed.size(), (int) owed.stream().filter(w -> w.state == WindowState.MET).count(),
                ws.stream().map(IncidentView.WindowView::of).toList(), t);
    }

    /** Incidents established on days {@code from}…{@code to} (Beijing time) in {@code scope} and below; merged ones left out. */
    public IncidentReportView report(String scope, LocalDate from, LocalDate to) {
        Map<String, Object> params = new LinkedHashMap<>();
        String inScope = UnitScope.condition("i.unit", scope, params);
        params.put("from", WorkdayCalendar.startOf(from));
        params.put("to", WorkdayCalendar.startOf(to.plusDays(1)));
        String ofPeriod = inScope + " and i.state <> 'MERGED' and i.established_at >= :from and i.established_at < :to";
        String where = " from incident i where " + ofPeriod;
        long total = ((Number) query("select count(*)" + where, params).getSingleResult()).longValue();
        Map<String, Long> byLevel = counts("select i.level, count(*)" + where + " group by i.level order by i.level", params);
        Map<String, Long> byKind = counts("select coalesce(i.kind, 'UNASSESSED'), count(*)" + where + " group by 1 order by 1", params);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query("""
                select w.kind,
                       count(*) filter (where w.state <> 'WITHDRAWN'),
                       count(*) filter (where w.state = 'MET'),
                       count(*) filter (where w.state = 'LATE'),
                       count(*) filter (where w.state = 'MISSED'),
                       count(*) filter (where w.state = 'OPEN'),
                       percentile_cont(0.5) within group (order by w.lag_seconds) filter (where w.state in ('MET', 'LATE'))
                from response_window w join incident i on i.id = w.incident_id
                where """ + ofPeriod + " group by w.kind",
                params).getResultList();
        Map<String, Object[]> byWindow = new LinkedHashMap<>();
        for (Object[] r : rows) {
            byWindow.put((String) r[0], r);
        }
        List<IncidentReportView.WindowFigures> figures = new ArrayList<>();
        for (ResponseWindowKind k : ResponseWindowKind.values()) {
            Object[] r = byWindow.get(k.name());
            if (r == null) {
                figures.add(new IncidentReportView.WindowFigures(k.name(), 0, 0, 0, 0, 0, null, null));
                continue;
            }
            long owed = n(r[1]);
            long met = n(r[2]);
            long late = n(r[3]);
            long missed = n(r[4]);
            long decided = met + late + missed;
            Double pct = decided == 0 ? null : Math.round(1000.0 * met / decided) / 10.0;
            Double median = r[6] == null ? null : ((Number) r[6]).doubleValue();
            figures.add(new IncidentReportView.WindowFigures(k.name(), owed, met, late, missed, n(r[5]), pct, median));
        }
        Object[] o = (Object[]) query("""
                select count(*), count(*) filter (where o.state = 'FINAL_FEEDBACK'), count(*) filter (where o.overdue)
                from handoff_order o join incident i on i.id = o.incident_id
                where """ + ofPeriod,
                params).getSingleResult();
        return new IncidentReportView(scope, from, to, total, byLevel, byKind, figures,
                new IncidentReportView.Orders(n(o[0]), n(o[1]), n(o[2])));
    }

    /** The report as CSV (UTF-8 with BOM, for spreadsheet programs): one row per window kind, then the counts. */
    public static String csv(IncidentReportView r) {
        StringBuilder b = new StringBuilder("\uFEFF");
        b.append("单位,").append(r.unit()).append(",期间,").append(r.from()).append(",").append(r.to()).append("\r\n");
        b.append("舆情事件数,").append(r.incidents()).append("\r\n");
        b.append("回应时限,应回应,按时,超时,未回应,进行中,按时率%,中位时滞（秒）\r\n");
        for (IncidentReportView.WindowFigures w : r.windows()) {
            b.append(ResponseWindowKind.valueOf(w.window()).label()).append(',').append(w.owed()).append(',').append(w.met())
                    .append(',').append(w.late()).append(',').append(w.missed()).append(',').append(w.open()).append(',')
                    .append(w.metPercent() == null ? "" : w.metPercent()).append(',')
                    .append(w.medianLagSeconds() == null ? "" : w.medianLagSeconds()).append("\r\n");
        }
        b.append("转办单,").append(r.orders().total()).append(",已最终反馈,").append(r.orders().finalFeedback())
                .append(",反馈超期,").append(r.orders().overdue()).append("\r\n");
        b.append("级别,数量\r\n");
        r.byLevel().forEach((k, v) -> b.append(k).append(',').append(v).append("\r\n"));
        b.append("类别,数量\r\n");
        r.byKind().forEach((k, v) -> b.append(k).append(',').append(v).append("\r\n"));
        return b.toString();
    }

    private jakarta.persistence.Query query(String sql, Map<String, Object> params) {
        jakarta.persistence.Query q = em.createNativeQuery(sql);
        params.forEach(q::setParameter);
        return q;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Long> counts(String sql, Map<String, Object> params) {
        Map<String, Long> out = new LinkedHashMap<>();
        for (Object[] r : (List<Object[]>) query(sql, params).getResultList()) {
            out.put((String) r[0], n(r[1]));
        }
        return out;
    }

    private static long n(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }
}
