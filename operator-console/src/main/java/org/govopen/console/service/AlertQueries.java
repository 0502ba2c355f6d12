package org.govopen.console.service;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.govopen.commons.problem.ResourceNotFoundException;
import org.govopen.commons.rest.Page;
import org.govopen.commons.rest.PageRequest;
import org.govopen.commons.security.CurrentUser;
import org.govopen.commons.security.UnitScope;
import org.govopen.console.api.AlertGroupDetailView;
import org.govopen.console.api.AlertGroupFilter;
import org.govopen.console.api.AlertGroupView;
import org.govopen.console.api.UnitCountView;
import org.govopen.console.domain.Alert;
import org.govopen.console.domain.AlertAction;
import org.govopen.console.domain.AlertGroup;
import org.govopen.console.domain.AlertLevel;
import org.govopen.console.domain.AlertStatus;

/**
 * Reads of alert groups, always within the operator's unit scope: their unit and every unit below it (an alert that
 * names no unit is seen by operators of a top-level unit). The open list reads one table in the order of an index:
 * most urgent first — breaches, then warnings, then notices, each by due time.
 */
@ApplicationScoped
public class AlertQueries {

    /** The list's sort keys. */
    static final Map<String, String> ORDERS = Map.of(
            "urgency", "g.levelRank, g.dueAt nulls last, g.id",
            "dueAt", "g.dueAt nulls last, g.id",
            "-lastAlertAt", "g.lastAlertAt desc, g.id");

    @Inject
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    CaseLinks links;

    public Page<AlertGroupView> list(AlertGroupFilter f, PageRequest paging) {
        Map<String, Object> params = new HashMap<>();
        String where = where(f, params);
        var query = em.createQuery("from AlertGroup g where " + where + " order by " + paging.orderBy(ORDERS, "urgency"),
                AlertGroup.class);
        var count = em.createQuery("select count(*) from AlertGroup g where " + where, Long.class);
        params.forEach((k, v) -> {
            query.setParameter(k, v);
            count.setParameter(k, v);
        });
        List<AlertGroupView> items = query.setFirstResult(paging.offset()).setMaxResults(paging.size).getResultList()
                .stream().map(g -> AlertGroupView.of(g, links.of(g))).toList();
        return paging.page(items, count.getSingleResult());
    }

    public AlertGroupDetailView get(UUID id) {
        AlertGroup g = em.find(AlertGroup.class, id);
        if (g == null) {
            throw new ResourceNotFoundException("告警", id.toString());
        }
        requireVisible(user, g);
        return detail(g);
    }

    public AlertGroupDetailView detail(AlertGroup g) {
        List<AlertGroupDetailView.AlertView> alerts = em.createQuery(
                        "from Alert a where a.groupId = :g order by a.firedAt, a.alertId", Alert.class)
                .setParameter("g", g.id).getResultStream().map(AlertGroupDetailView.AlertView::of).toList();
        List<AlertGroupDetailView.ActionView> history = em.createQuery(
                        "from AlertAction a where a.groupId = :g order by a.at, a.id", AlertAction.class)
                .setParameter("g", g.id).getResultStream().map(AlertGroupDetailView.ActionView::of).toList();
        return new AlertGroupDetailView(AlertGroupView.of(g, links.of(g)), alerts, history);
    }

    /** The open groups per unit within the scope (the unit filter, or the operator's unit), units in order. */
    public List<UnitCountView> countsByUnit(String unit) {
        Map<String, Object> params = new HashMap<>();
        String where = where(new AlertGroupFilter(null, unit, null, null), params);
        var q = em.createQuery("""
                select g.unit as unit,
                       sum(case when g.levelRank = 0 then 1 else 0 end) as breaches,
                       sum(case when g.levelRank = 1 then 1 else 0 end) as warnings,
                       sum(case when g.levelRank = 2 then 1 else 0 end) as notices,
                       sum(case when g.status = org.govopen.console.domain.AlertStatus.OPEN then 1 else 0 end) as unacknowledged
                from AlertGroup g where %s group by g.unit order by g.unit nulls first""".formatted(where), Tuple.class);
        params.forEach(q::setParameter);
        return q.getResultStream().map(t -> new UnitCountView(t.get("unit", String.class),
                t.get("breaches", Long.class), t.get("warnings", Long.class), t.get("notices", Long.class),
                t.get("unacknowledged", Long.class))).toList();
    }

    private String where(AlertGroupFilter f, Map<String, Object> params) {
        String scope = user.requireUnit();
        StringBuilder w = new StringBuilder();
        if (f.unit() != null) {
            user.requireCovers(f.unit());
            w.append(UnitScope.condition("g.unit", f.unit(), params));
        } else if (scope.contains("/")) {
            w.append(UnitScope.condition("g.unit", scope, params));
        } else {
            w.append("(").append(UnitScope.condition("g.unit", scope, params)).append(" or g.unit is null)");
        }
        if (f.status == null) {
            // a literal, not a parameter: the open list's partial indexes are for "status <> 'RESOLVED'"
            w.append(" and g.status <> org.govopen.console.domain.AlertStatus.RESOLVED");
        } else {
            w.append(" and g.status = :status");
            params.put("status", f.status);
        }
        if (f.service() != null) {
            w.append(" and g.service = :service");
            params.put("service", f.service());
        }
        if (f.level != null) {
            w.append(" and g.levelRank = :rank");
            params.put("rank", f.level.rank);
        }
        return w.toString();
    }

    /** Whether the operator sees a group of {@code unit}: their unit and below; no unit: top-level operators. */
    static boolean visible(CurrentUser user, String unit) {
        String scope = user.unit();
        if (scope == null || scope.isBlank()) {
            return false;
        }
        return unit == null ? !scope.contains("/") : UnitScope.covers(scope, unit);
    }

    /** 403 unless the operator sees the group. */
    static void requireVisible(CurrentUser user, AlertGroup g) {
        if (!visible(user, g.unit)) {
            throw new ForbiddenException("所属单位“" + user.unit() + "”无权查看单位“" + g.unit + "”的告警");
        }
    }
}
