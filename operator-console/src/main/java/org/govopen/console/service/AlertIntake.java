package org.govopen.console.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.govopen.commons.time.GovClock;
import org.govopen.console.domain.Alert;
import org.govopen.console.domain.AlertAction;
import org.govopen.console.domain.AlertGroup;
import org.govopen.console.domain.AlertLevel;
import org.govopen.console.domain.AlertStatus;
import org.hibernate.jpa.HibernateHints;
import org.jboss.logging.Logger;

/**
 * Takes alerts in (告警接入), a batch in one transaction: each alert once by its id (a redelivery, or the same alert
 * from two replicas of its service, adds to its duplicate count), in the group of its case. A group's level and due
 * time are those of its unresolved alerts; when none is left the group is resolved by its service; a new alert of a
 * resolved group opens it again. The groups a batch touches are locked in one order (their ids), so two replicas
 * taking in batches never wait for each other in a circle.
 *
 * <p>A batch is a few set-based statements, whatever its size: the alerts inserted through {@code unnest} (the ones
 * the insert returns are new), the groups read once and written back by one {@code update … from unnest}. Hibernate
 * writing each of 500 versioned groups on flush was what held the intake near 1,600 alerts/s (benchmarks/README).
 */
@ApplicationScoped
public class AlertIntake {

    private static final Logger LOG = Logger.getLogger(AlertIntake.class);
    static final String SYSTEM = "业务系统";

    @Inject
    EntityManager em;

    @Inject
    GovClock clock;

    @Inject
    Reminders reminders;

    @Inject
    AlertNotifications notifications;

    @Transactional
    public void receiveAll(List<ReceivedAlert> batch) {
        OffsetDateTime now = clock.now();
        // one alert id once in the batch; every delivery is counted
        Map<String, ReceivedAlert> byId = new LinkedHashMap<>();
        Map<String, Integer> deliveries = new HashMap<>();
        for (ReceivedAlert a : batch) {
            byId.putIfAbsent(a.alertId(), a);
            deliveries.merge(a.alertId(), 1, Integer::sum);
        }
        // the groups of the batch, created where missing and locked in one order; only then is it known which alerts
        // are new (a concurrent batch with the same alerts — a redelivery — has committed or waits for these locks)
        Map<UUID, List<ReceivedAlert>> byGroup = byId.values().stream().collect(Collectors.groupingBy(
                AlertIntake::groupOf, LinkedHashMap::new, Collectors.toList()));
        createMissingGroups(byGroup, now);
        Map<UUID, AlertGroup> groups = lock(byGroup.keySet());
        List<ReceivedAlert> alerts = List.copyOf(byId.values());
        Set<String> fresh = insertNew(alerts, now);

        // every delivery of an alert beyond its first is a duplicate, of the alert and of its group
        Map<String, Integer> duplicates = new HashMap<>();
        for (ReceivedAlert a : alerts) {
            int n = deliveries.get(a.alertId()) - (fresh.contains(a.alertId()) ? 1 : 0);
            if (n > 0) {
                duplicates.put(a.alertId(), n);
                groups.get(groupOf(a)).duplicateCount += n;
            }
        }

        // the unresolved alerts of the touched groups and the resolutions they have (the new ones among both): what
        // their level, due time and status come from, whichever order the news came in
        Map<UUID, List<Open>> unresolved = unresolvedOf(groups.keySet());
        Map<UUID, Map<String, OffsetDateTime>> resolutions = resolutionsOf(groups.keySet());
        Set<String> nowResolved = new HashSet<>();
        for (AlertGroup g : groups.values()) {
            List<ReceivedAlert> inOrder = new ArrayList<>(byGroup.get(g.id).stream()
                    .filter(a -> fresh.contains(a.alertId())).toList());
            if (inOrder.isEmpty()) {
                continue;
            }
            inOrder.sort(Comparator.comparing(ReceivedAlert::firedAt));
            AlertLevel before = g.alertCount == 0 ? null : g.level;
            AlertStatus statusBefore = g.status;
            ReceivedAlert lastResolution = null;
            for (ReceivedAlert r : inOrder) {
                g.alertCount++;
                if (r.level() == Alert.Level.RESOLVED) {
                    lastResolution = r;
                    if (g.unit == null) {
                        g.unit = r.unit(); // a group made by its resolution: in its unit's resolved list
                    }
                } else {
                    g.message = r.message();
                    g.label = r.label();
                    if (r.ref() != null) {
                        g.ref = r.ref();
                    }
                    if (r.unit() != null) {
                        g.unit = r.unit();
                    }
                }
                g.lastAlertAt = max(g.lastAlertAt, r.firedAt());
            }
            // a resolution ends the alerts of its own deadline (kind and ref) fired before it
            Map<String, OffsetDateTime> resolvedAt = resolutions.getOrDefault(g.id, Map.of());
            List<Open> open = unresolved.computeIfAbsent(g.id, k -> new ArrayList<>());
            open.removeIf(a -> {
                OffsetDateTime end = resolvedAt.get(a.kind());
                boolean over = end != null && !a.firedAt().isAfter(end);
                if (over) {
                    nowResolved.add(a.alertId());
                }
                return over;
            });
            settle(g, open, before, statusBefore, lastResolution, now);
        }
        markResolved(nowResolved);
        countDuplicates(duplicates);
        update(groups.values());
        notifications.changed(groups.keySet());
    }

    /** An unresolved alert, as far as its group's level, due time and resolution need it. */
    private record Open(String alertId, String kind, Alert.Level level, OffsetDateTime dueAt, OffsetDateTime firedAt) {
    }

    private static UUID groupOf(ReceivedAlert a) {
        return AlertGroup.idOf(a.service(), a.aggregateType(), a.aggregateId());
    }

    /** The group's level, due time and status from what is still unresolved. */
    private void settle(AlertGroup g, List<Open> open, AlertLevel before, AlertStatus statusBefore,
                        ReceivedAlert resolution, OffsetDateTime now) {
        if (open.isEmpty()) {
            if (g.status != AlertStatus.RESOLVED) {
                g.status = AlertStatus.RESOLVED;
                g.resolvedAt = now;
                g.resolvedBy = SYSTEM;
                g.resolution = resolution == null ? "业务系统已解除" : resolution.message();
                g.nextReminderAt = null;
                em.persist(AlertAction.of(g.id, now, SYSTEM, AlertAction.Kind.RESOLVED_BY_SERVICE, g.resolution));
            }
            return;
        }
        g.setLevel(open.stream().map(a -> a.level().groupLevel()).min(Comparator.comparingInt(l -> l.rank)).orElseThrow());
        g.dueAt = open.stream().map(Open::dueAt).filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
        if (statusBefore == AlertStatus.RESOLVED && g.resolvedAt != null) {
            g.status = AlertStatus.OPEN;
            g.acknowledgedBy = null;
            g.acknowledgedAt = null;
            g.resolvedAt = null;
            g.resolvedBy = null;
            g.resolution = null;
            g.remindersSent = 0;
            em.persist(AlertAction.of(g.id, now, SYSTEM, AlertAction.Kind.REOPENED, g.message));
        } else if (before != null && g.level.rank < before.rank) {
            em.persist(AlertAction.of(g.id, now, SYSTEM, AlertAction.Kind.ESCALATED, g.level.label + "：" + g.message));
        }
        if (g.nextReminderAt == null) {
            g.nextReminderAt = reminders.rule().nextAfter(g, now);
        }
    }

    /**
     * The groups of the batch's cases that have none yet, in one statement; a group another replica (or a concurrent
     * batch) created meanwhile is left as it is — the insert waits for that transaction and then does nothing. A case
     * whose first news is its resolution (its alerts still on their way in another batch) gets its group already
     * resolved, and that resolution ends its alerts when they come.
     */
    private void createMissingGroups(Map<UUID, List<ReceivedAlert>> byGroup, OffsetDateTime now) {
        List<ReceivedAlert> firsts = byGroup.values().stream()
                .map(l -> l.stream().filter(a -> a.level() != Alert.Level.RESOLVED).findFirst().orElse(l.get(0)))
                .toList();
        if (firsts.isEmpty()) {
            return;
        }
        em.createNativeQuery("""
                        insert into alert_group (id, service, aggregate_type, aggregate_id, label, level, level_rank, status,
                                                 message, first_alert_at, last_alert_at, resolved_by, resolved_at, resolution)
                        select g.id, g.service, g.type, g.agg, g.label, 'NOTICE', 2,
                               case when g.resolved then 'RESOLVED' else 'OPEN' end, g.message, g.at, g.at,
                               case when g.resolved then cast(:system as text) end,
                               case when g.resolved then cast(:now as timestamptz) end,
                               case when g.resolved then g.message end
                        from unnest(cast(:ids as uuid[]), cast(:services as text[]), cast(:types as text[]),
                                    cast(:aggs as text[]), cast(:labels as text[]), cast(:messages as text[]),
                                    cast(:ats as timestamptz[]), cast(:resolved as boolean[]))
                             as g(id, service, type, agg, label, message, at, resolved)
                        order by g.id
                        on conflict do nothing""")
                .setParameter("system", SYSTEM)
                .setParameter("now", now.toString())
                .setParameter("ids", column(firsts, a -> groupOf(a).toString()))
                .setParameter("services", column(firsts, ReceivedAlert::service))
                .setParameter("types", column(firsts, ReceivedAlert::aggregateType))
                .setParameter("aggs", column(firsts, ReceivedAlert::aggregateId))
                .setParameter("labels", column(firsts, ReceivedAlert::label))
                .setParameter("messages", column(firsts, ReceivedAlert::message))
                .setParameter("ats", column(firsts, a -> text(a.firedAt())))
                .setParameter("resolved", firsts.stream().map(a -> a.level() == Alert.Level.RESOLVED).toArray(Boolean[]::new))
                .executeUpdate();
    }

    /**
     * The groups, locked for this transaction in the order of their ids. They are read only: what the batch changes
     * is written by one statement ({@link #update}), not by Hibernate's flush of each group.
     */
    private Map<UUID, AlertGroup> lock(Set<UUID> ids) {
        Map<UUID, AlertGroup> out = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        for (AlertGroup g : em.createQuery("from AlertGroup g where g.id in :ids order by g.id", AlertGroup.class)
                .setParameter("ids", new TreeSet<>(ids))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setHint(HibernateHints.HINT_READ_ONLY, true)
                .getResultList()) {
            out.put(g.id, g);
        }
        return out;
    }

    /** The batch's alerts stored, each once by its id; the ids of those not stored before. */
    private Set<String> insertNew(List<ReceivedAlert> alerts, OffsetDateTime now) {
        if (alerts.isEmpty()) {
            return Set.of();
        }
        @SuppressWarnings("unchecked")
        List<String> stored = em.createNativeQuery("""
                        insert into alert (alert_id, group_id, event_type, kind, stage, level, message, due_at, fired_at,
                                           received_at, resolved)
                        select a.id, a.group_id, a.type, a.kind, a.stage, a.level, a.message, a.due, a.fired,
                               cast(:now as timestamptz), a.level = 'RESOLVED'
                        from unnest(cast(:ids as text[]), cast(:groups as uuid[]), cast(:types as text[]),
                                    cast(:kinds as text[]), cast(:stages as text[]), cast(:levels as text[]),
                                    cast(:messages as text[]), cast(:dues as timestamptz[]), cast(:fireds as timestamptz[]))
                             as a(id, group_id, type, kind, stage, level, message, due, fired)
                        on conflict (alert_id) do nothing
                        returning alert_id""")
                .setParameter("now", now.toString())
                .setParameter("ids", column(alerts, ReceivedAlert::alertId))
                .setParameter("groups", column(alerts, a -> groupOf(a).toString()))
                .setParameter("types", column(alerts, ReceivedAlert::eventType))
                .setParameter("kinds", column(alerts, ReceivedAlert::kind))
                .setParameter("stages", column(alerts, ReceivedAlert::stage))
                .setParameter("levels", column(alerts, a -> a.level().name()))
                .setParameter("messages", column(alerts, ReceivedAlert::message))
                .setParameter("dues", column(alerts, a -> text(a.dueAt())))
                .setParameter("fireds", column(alerts, a -> text(a.firedAt())))
                .getResultList();
        return new HashSet<>(stored);
    }

    private Map<UUID, List<Open>> unresolvedOf(Set<UUID> groupIds) {
        Map<UUID, List<Open>> out = new HashMap<>();
        if (groupIds.isEmpty()) {
            return out;
        }
        for (Object[] row : em.createQuery("""
                        select a.groupId, a.alertId, a.kind, a.level, a.dueAt, a.firedAt from Alert a
                        where a.groupId in :ids and a.resolved = false""", Object[].class)
                .setParameter("ids", groupIds).getResultList()) {
            out.computeIfAbsent((UUID) row[0], k -> new ArrayList<>()).add(new Open((String) row[1], (String) row[2],
                    (Alert.Level) row[3], (OffsetDateTime) row[4], (OffsetDateTime) row[5]));
        }
        return out;
    }

    /** Per group, the latest resolution of each kind it has had. */
    private Map<UUID, Map<String, OffsetDateTime>> resolutionsOf(Set<UUID> groupIds) {
        Map<UUID, Map<String, OffsetDateTime>> out = new HashMap<>();
        if (groupIds.isEmpty()) {
            return out;
        }
        for (Object[] row : em.createQuery("""
                        select a.groupId, a.kind, max(a.firedAt) from Alert a
                        where a.groupId in :ids and a.level = org.govopen.console.domain.Alert.Level.RESOLVED
                        group by a.groupId, a.kind""", Object[].class)
                .setParameter("ids", groupIds).getResultList()) {
            out.computeIfAbsent((UUID) row[0], k -> new HashMap<>()).put((String) row[1], (OffsetDateTime) row[2]);
        }
        return out;
    }

    private void markResolved(Set<String> alertIds) {
        if (!alertIds.isEmpty()) {
            em.createNativeQuery("update alert set resolved = true where alert_id = any(cast(:ids as text[]))")
                    .setParameter("ids", alertIds.stream().sorted().toArray(String[]::new))
                    .executeUpdate();
        }
    }

    private void countDuplicates(Map<String, Integer> duplicates) {
        if (duplicates.isEmpty()) {
            return;
        }
        List<String> ids = duplicates.keySet().stream().sorted().toList();
        em.createNativeQuery("""
                        update alert a set duplicates = a.duplicates + d.n
                        from unnest(cast(:ids as text[]), cast(:ns as integer[])) as d(id, n)
                        where a.alert_id = d.id""")
                .setParameter("ids", ids.toArray(String[]::new))
                .setParameter("ns", ids.stream().map(duplicates::get).toArray(Integer[]::new))
                .executeUpdate();
        LOG.debugf("%d alerts delivered again", duplicates.size());
    }

    /** The touched groups written back in one statement, each with its version raised as Hibernate would. */
    private void update(Collection<AlertGroup> touched) {
        if (touched.isEmpty()) {
            return;
        }
        List<AlertGroup> gs = List.copyOf(touched);
        em.createNativeQuery("""
                        update alert_group g set unit = u.unit, ref = u.ref, label = u.label, level = u.level,
                               level_rank = u.level_rank, status = u.status, due_at = u.due_at, message = u.message,
                               last_alert_at = u.last_alert_at, alert_count = u.alert_count,
                               duplicate_count = u.duplicate_count, acknowledged_by = u.acknowledged_by,
                               acknowledged_at = u.acknowledged_at, resolved_by = u.resolved_by,
                               resolved_at = u.resolved_at, resolution = u.resolution, reminders_sent = u.reminders_sent,
                               next_reminder_at = u.next_reminder_at, version = g.version + 1
                        from unnest(cast(:ids as uuid[]), cast(:units as text[]), cast(:refs as text[]),
                                    cast(:labels as text[]), cast(:levels as text[]), cast(:ranks as integer[]),
                                    cast(:statuses as text[]), cast(:dues as timestamptz[]), cast(:messages as text[]),
                                    cast(:lasts as timestamptz[]), cast(:counts as integer[]), cast(:dups as integer[]),
                                    cast(:ackBys as text[]), cast(:ackAts as timestamptz[]), cast(:resBys as text[]),
                                    cast(:resAts as timestamptz[]), cast(:resolutions as text[]),
                                    cast(:sents as integer[]), cast(:nexts as timestamptz[]))
                             as u(id, unit, ref, label, level, level_rank, status, due_at, message, last_alert_at,
                                  alert_count, duplicate_count, acknowledged_by, acknowledged_at, resolved_by, resolved_at,
                                  resolution, reminders_sent, next_reminder_at)
                        where g.id = u.id""")
                .setParameter("ids", column(gs, g -> g.id.toString()))
                .setParameter("units", column(gs, g -> g.unit))
                .setParameter("refs", column(gs, g -> g.ref))
                .setParameter("labels", column(gs, g -> g.label))
                .setParameter("levels", column(gs, g -> g.level.name()))
                .setParameter("ranks", gs.stream().map(g -> g.levelRank).toArray(Integer[]::new))
                .setParameter("statuses", column(gs, g -> g.status.name()))
                .setParameter("dues", column(gs, g -> text(g.dueAt)))
                .setParameter("messages", column(gs, g -> g.message))
                .setParameter("lasts", column(gs, g -> text(g.lastAlertAt)))
                .setParameter("counts", gs.stream().map(g -> g.alertCount).toArray(Integer[]::new))
                .setParameter("dups", gs.stream().map(g -> g.duplicateCount).toArray(Integer[]::new))
                .setParameter("ackBys", column(gs, g -> g.acknowledgedBy))
                .setParameter("ackAts", column(gs, g -> text(g.acknowledgedAt)))
                .setParameter("resBys", column(gs, g -> g.resolvedBy))
                .setParameter("resAts", column(gs, g -> text(g.resolvedAt)))
                .setParameter("resolutions", column(gs, g -> g.resolution))
                .setParameter("sents", gs.stream().map(g -> g.remindersSent).toArray(Integer[]::new))
                .setParameter("nexts", column(gs, g -> text(g.nextReminderAt)))
                .executeUpdate();
        gs.forEach(g -> g.version++);
    }

    private static <T> String[] column(List<T> rows, Function<T, String> value) {
        return rows.stream().map(value).toArray(String[]::new);
    }

    private static String text(OffsetDateTime t) {
        return t == null ? null : t.toString();
    }

    private static OffsetDateTime max(OffsetDateTime a, OffsetDateTime b) {
        return a == null || b.isAfter(a) ? b : a;
    }
}
