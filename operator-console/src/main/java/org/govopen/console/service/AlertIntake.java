package org.govopen.console.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.govopen.commons.time.GovClock;
import org.govopen.console.domain.Alert;
import org.govopen.console.domain.AlertAction;
import org.govopen.console.domain.AlertGroup;
import org.govopen.console.domain.AlertLevel;
import org.govopen.console.domain.AlertStatus;
import org.jboss.logging.Logger;

/**
 * Takes alerts in (告警接入), a batch in one transaction: each alert once by its id (a redelivery, or the same alert
 * from two replicas of its service, adds to its duplicate count), in the group of its case. A group's level and due
 * time are those of its unresolved alerts; when none is left the group is resolved by its service; a new alert of a
 * resolved group opens it again. The groups a batch touches are locked in one order (their ids), so two replicas
 * taking in batches never wait for each other in a circle.
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
        // one alert id once in the batch; its further deliveries are duplicates
        Map<String, ReceivedAlert> byId = new LinkedHashMap<>();
        Map<String, Integer> extraDeliveries = new HashMap<>();
        for (ReceivedAlert a : batch) {
            if (byId.putIfAbsent(a.alertId(), a) != null) {
                extraDeliveries.merge(a.alertId(), 1, Integer::sum);
            }
        }
        // the groups of the batch, created where missing and locked in one order; only then is it known which alerts
        // are new (a concurrent batch with the same alerts — a redelivery — has committed or waits for these locks)
        Map<UUID, List<ReceivedAlert>> byGroup = byId.values().stream().collect(Collectors.groupingBy(
                a -> AlertGroup.idOf(a.service(), a.aggregateType(), a.aggregateId()), LinkedHashMap::new, Collectors.toList()));
        createMissingGroups(byGroup, now);
        Map<UUID, AlertGroup> groups = lock(byGroup.keySet());
        Set<String> known = new java.util.HashSet<>(em.createQuery(
                        "select a.alertId from Alert a where a.alertId in :ids", String.class)
                .setParameter("ids", byId.keySet()).getResultList());
        Map<UUID, List<ReceivedAlert>> freshByGroup = new LinkedHashMap<>();
        byGroup.forEach((id, alerts) -> {
            List<ReceivedAlert> fresh = alerts.stream().filter(a -> !known.contains(a.alertId())).toList();
            if (!fresh.isEmpty()) {
                freshByGroup.put(id, fresh);
            }
        });

        // duplicates: one statement per count, the group's total too
        Map<String, Integer> duplicates = new HashMap<>();
        for (ReceivedAlert a : batch) {
            if (known.contains(a.alertId())) {
                duplicates.merge(a.alertId(), 1, Integer::sum);
            }
        }
        extraDeliveries.forEach((id, n) -> {
            if (!known.contains(id)) {
                duplicates.merge(id, n, Integer::sum);
            }
        });

        // the unresolved alerts of the touched groups: what their level and due time come from
        Map<UUID, List<Alert>> unresolved = new HashMap<>();
        if (!groups.isEmpty()) {
            for (Alert a : em.createQuery("from Alert a where a.groupId in :ids and a.resolved = false", Alert.class)
                    .setParameter("ids", groups.keySet()).getResultList()) {
                unresolved.computeIfAbsent(a.groupId, k -> new ArrayList<>()).add(a);
            }
        }
        for (Map.Entry<UUID, List<ReceivedAlert>> e : freshByGroup.entrySet()) {
            AlertGroup g = groups.get(e.getKey());
            if (g == null) {
                continue; // only resolutions, for a case the console never had an alert of
            }
            List<Alert> open = unresolved.computeIfAbsent(g.id, k -> new ArrayList<>());
            AlertLevel before = g.alertCount == 0 ? null : g.level;
            AlertStatus statusBefore = g.status;
            ReceivedAlert lastResolution = null;
            List<ReceivedAlert> inOrder = new ArrayList<>(e.getValue());
            inOrder.sort(Comparator.comparing(ReceivedAlert::firedAt));
            for (ReceivedAlert r : inOrder) {
                Alert alert = store(g, r, now);
                if (r.level() == Alert.Level.RESOLVED) {
                    open.removeIf(a -> {
                        boolean over = a.kind.equals(r.kind()) && !a.firedAt.isAfter(r.firedAt());
                        a.resolved = a.resolved || over;
                        return over;
                    });
                    lastResolution = r;
                } else {
                    open.add(alert);
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
            settle(g, open, before, statusBefore, lastResolution, now);
        }
        // last: its native statements flush the groups first, and nothing changes them after
        countDuplicates(duplicates, known);
        notifications.changed(groups.keySet());
    }

    private Alert store(AlertGroup g, ReceivedAlert r, OffsetDateTime now) {
        Alert a = new Alert();
        a.alertId = r.alertId();
        a.groupId = g.id;
        a.eventType = r.eventType();
        a.kind = r.kind();
        a.stage = r.stage();
        a.level = r.level();
        a.message = r.message();
        a.dueAt = r.dueAt();
        a.firedAt = r.firedAt();
        a.receivedAt = now;
        a.resolved = r.level() == Alert.Level.RESOLVED;
        em.persist(a);
        g.alertCount++;
        return a;
    }

    /** The group's level, due time and status from what is still unresolved. */
    private void settle(AlertGroup g, List<Alert> open, AlertLevel before, AlertStatus statusBefore,
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
        g.setLevel(open.stream().map(a -> a.level.groupLevel()).min(Comparator.comparingInt(l -> l.rank)).orElseThrow());
        g.dueAt = open.stream().map(a -> a.dueAt).filter(java.util.Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
        if (statusBefore == AlertStatus.RESOLVED && g.alertCount > 0 && g.resolvedAt != null) {
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

    private void createMissingGroups(Map<UUID, List<ReceivedAlert>> freshByGroup, OffsetDateTime now) {
        List<ReceivedAlert> firsts = freshByGroup.values().stream()
                .map(l -> l.stream().filter(a -> a.level() != Alert.Level.RESOLVED).findFirst().orElse(null))
                .filter(java.util.Objects::nonNull).toList();
        if (firsts.isEmpty()) {
            return;
        }
        // one statement for the batch; a group another replica created meanwhile is left as it is
        em.createNativeQuery("""
                        insert into alert_group (id, service, aggregate_type, aggregate_id, label, level, level_rank, status,
                                                 message, first_alert_at, last_alert_at)
                        select g.id, g.service, g.type, g.agg, g.label, 'NOTICE', 2, 'OPEN', g.message, g.at, g.at
                        from unnest(cast(:ids as uuid[]), cast(:services as text[]), cast(:types as text[]),
                                    cast(:aggs as text[]), cast(:labels as text[]), cast(:messages as text[]),
                                    cast(:ats as timestamptz[])) as g(id, service, type, agg, label, message, at)
                        order by g.id
                        on conflict do nothing""")
                .setParameter("ids", firsts.stream().map(a -> AlertGroup.idOf(a.service(), a.aggregateType(), a.aggregateId()).toString()).toArray(String[]::new))
                .setParameter("services", firsts.stream().map(ReceivedAlert::service).toArray(String[]::new))
                .setParameter("types", firsts.stream().map(ReceivedAlert::aggregateType).toArray(String[]::new))
                .setParameter("aggs", firsts.stream().map(ReceivedAlert::aggregateId).toArray(String[]::new))
                .setParameter("labels", firsts.stream().map(ReceivedAlert::label).toArray(String[]::new))
                .setParameter("messages", firsts.stream().map(ReceivedAlert::message).toArray(String[]::new))
                .setParameter("ats", firsts.stream().map(a -> a.firedAt().toString()).toArray(String[]::new))
                .executeUpdate();
    }

    /** The groups, locked for this transaction in the order of their ids. */
    private Map<UUID, AlertGroup> lock(Set<UUID> ids) {
        Map<UUID, AlertGroup> out = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        for (AlertGroup g : em.createQuery("from AlertGroup g where g.id in :ids order by g.id", AlertGroup.class)
                .setParameter("ids", new TreeSet<>(ids))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList()) {
            out.put(g.id, g);
        }
        return out;
    }

    private void countDuplicates(Map<String, Integer> duplicates, Set<String> known) {
        if (duplicates.isEmpty()) {
            return;
        }
        Map<Integer, List<String>> byCount = duplicates.entrySet().stream().collect(Collectors.groupingBy(
                Map.Entry::getValue, Collectors.mapping(Map.Entry::getKey, Collectors.toList())));
        byCount.forEach((n, ids) -> {
            List<String> sorted = ids.stream().sorted().toList();
            em.createQuery("update Alert a set a.duplicates = a.duplicates + :n where a.alertId in :ids")
                    .setParameter("n", n).setParameter("ids", sorted).executeUpdate();
            em.createNativeQuery("""
                            update alert_group g set duplicate_count = g.duplicate_count + d.n
                            from (select group_id, count(*) * :n as n from alert where alert_id in (:ids) group by group_id) d
                            where g.id = d.group_id""")
                    .setParameter("n", n).setParameter("ids", sorted).executeUpdate();
        });
        LOG.debugf("%d alerts delivered again (%d known before this batch)", duplicates.size(), known.size());
    }

    private static OffsetDateTime max(OffsetDateTime a, OffsetDateTime b) {
        return a == null || b.isAfter(a) ? b : a;
    }
}
