package org.govopen.sentiment.service;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.govopen.commons.problem.ResourceNotFoundException;
import org.govopen.commons.rest.Page;
import org.govopen.commons.rest.PageRequest;
import org.govopen.commons.security.CurrentUser;
import org.govopen.commons.security.UnitScope;
import org.govopen.sentiment.api.IncidentSummaryView;
import org.govopen.sentiment.api.IncidentView;
import org.govopen.sentiment.api.SignalView;
import org.govopen.sentiment.domain.Assessment;
import org.govopen.sentiment.domain.Escalation;
import org.govopen.sentiment.domain.Incident;
import org.govopen.sentiment.domain.IncidentLevel;
import org.govopen.sentiment.domain.IncidentState;
import org.govopen.sentiment.domain.Response;
import org.govopen.sentiment.domain.Signal;

/** Reads of incidents and signals, within the caller's unit and below. */
@ApplicationScoped
public class IncidentQueries {

    private static final Map<String, String> INCIDENT_ORDERS = Map.of(
            "establishedAt", "establishedAt, number", "-establishedAt", "establishedAt desc, number desc",
            "number", "number", "-number", "number desc");
    private static final Map<String, String> SIGNAL_ORDERS = Map.of("lastSeenAt", "lastSeenAt, id",
            "-lastSeenAt", "lastSeenAt desc, id", "firstSeenAt", "firstSeenAt, id", "-firstSeenAt", "firstSeenAt desc, id");

    @Inject
    CurrentUser user;

    @Inject
    IncidentWindows windows;

    public IncidentView view(UUID id) {
        Incident i = Incident.findById(id);
        if (i == null || !user.covers(i.unit)) {
            throw new ResourceNotFoundException("舆情事件", id);
        }
        return view(i);
    }

    public IncidentView view(Incident i) {
        return IncidentView.of(i, Signal.count("incidentId", i.id), windows.of(i.id),
                Response.list("incidentId = ?1 order by respondedAt", i.id),
                Escalation.list("incidentId = ?1 order by at", i.id),
                Assessment.list("incidentId = ?1 order by at", i.id));
    }

    public record Filter(String unit, List<IncidentState> states, List<IncidentLevel> levels) {
    }

    public Page<IncidentSummaryView> list(Filter f, PageRequest paging) {
        String scope = f.unit() == null || f.unit().isBlank() ? user.requireUnit() : f.unit();
        user.requireCovers(scope);
        Map<String, Object> params = new HashMap<>();
        List<String> where = new ArrayList<>();
        where.add(UnitScope.condition("unit", scope, params));
        if (!f.states().isEmpty()) {
            where.add("state in :states");
            params.put("states", f.states());
        }
        if (!f.levels().isEmpty()) {
            where.add("level in :levels");
            params.put("levels", f.levels());
        }
        String order = paging.orderBy(INCIDENT_ORDERS, "-establishedAt");
        PanacheQuery<Incident> q = Incident.find(String.join(" and ", where) + " order by " + order, params);
        return paging.page(q.page(paging.page, paging.size).list().stream().map(IncidentSummaryView::of).toList(), q.count());
    }

    public SignalView signal(UUID id) {
        Signal s = Signal.findById(id);
        if (s == null || !user.covers(s.unit)) {
            throw new ResourceNotFoundException("监测信息", id);
        }
        return SignalView.of(s, false);
    }

    public Page<SignalView> signals(String unit, Boolean unattached, PageRequest paging) {
        String scope = unit == null || unit.isBlank() ? user.requireUnit() : unit;
        user.requireCovers(scope);
        Map<String, Object> params = new HashMap<>();
        String where = UnitScope.condition("unit", scope, params);
        if (Boolean.TRUE.equals(unattached)) {
            where += " and incidentId is null";
        }
        String order = paging.orderBy(SIGNAL_ORDERS, "-lastSeenAt");
        PanacheQuery<Signal> q = Signal.find(where + " order by " + order, params);
        return paging.page(q.page(paging.page, paging.size).list().stream().map(s -> SignalView.of(s, false)).toList(), q.count());
    }
}
