package org.govopen.console.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.govopen.commons.events.Outbox;
import org.govopen.commons.events.Topics;
import org.govopen.commons.time.GovClock;
import org.govopen.console.domain.Alert;
import org.govopen.console.domain.AlertAction;
import org.govopen.console.domain.AlertGroup;
import org.govopen.console.domain.ReminderRule;
import org.govopen.console.messaging.AlertReminder;

/**
 * Sends the reminders that are due ({@link ReminderRule}): every few seconds, the groups whose next reminder has come
 * are taken — locked, skipping those another replica holds — and for each one reminder is written to the outbox
 * ({@code govopen.alert.reminder} on {@code govopen.alerts}) and to the group's history, with the time of the next,
 * in one transaction. A reminder is therefore sent once per interval across restarts and replicas; an
 * acknowledgement, which clears the next reminder's time, stops them at once.
 */
@ApplicationScoped
public class Reminders {

    static final String CONSOLE = "值班台";

    @Inject
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    GovClock clock;

    @Inject
    AlertNotifications notifications;

    @ConfigProperty(name = "govopen.console.reminder.interval", defaultValue = "15m")
    Duration interval;

    @ConfigProperty(name = "govopen.console.reminder.max-count", defaultValue = "3")
    int maxCount;

    public ReminderRule rule() {
        return new ReminderRule(interval, maxCount);
    }

    @Scheduled(every = "${govopen.console.reminder.check-every:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void sendDueReminders() {
        while (sendDue(100) == 100) {
            // a backlog (the console was down): the next hundred
        }
    }

    /** Sends up to {@code limit} due reminders; how many were sent. */
    @Transactional
    public int sendDue(int limit) {
        OffsetDateTime now = clock.now();
        List<AlertGroup> due = em.createQuery("""
                        from AlertGroup g where g.nextReminderAt <= :now and g.status = org.govopen.console.domain.AlertStatus.OPEN
                        order by g.nextReminderAt, g.id""", AlertGroup.class)
                .setParameter("now", now)
                .setMaxResults(limit)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setHint("jakarta.persistence.lock.timeout", -2) // SKIP LOCKED: another replica is sending those
                .getResultList();
        ReminderRule rule = rule();
        for (AlertGroup g : due) {
            if (!rule.applies(g)) {
                g.nextReminderAt = null;
                continue;
            }
            g.remindersSent++;
            String breach = em.createQuery("""
                            select a.alertId from Alert a where a.groupId = :g and a.level = :breach and a.resolved = false
                            order by a.firedAt desc""", String.class)
                    .setParameter("g", g.id).setParameter("breach", Alert.Level.BREACH).setMaxResults(1)
                    .getResultStream().findFirst().orElse(null);
            String message = "【超期未认领·第" + g.remindersSent + "次提醒】" + g.label + "已超期，尚无人认领，请立即处置";
            UUID reminderId = UUID.nameUUIDFromBytes((g.id + ":" + breach + ":reminder:" + g.remindersSent)
                    .getBytes(StandardCharsets.UTF_8));
            outbox.write(Topics.ALERTS, AlertReminder.TYPE, g.id.toString(), new AlertReminder(reminderId.toString(),
                    g.id.toString(), g.remindersSent, rule.maxCount(), breach, g.service, g.aggregateType, g.aggregateId,
                    g.ref, g.label, g.unit, g.dueAt, now, message), reminderId);
            em.persist(AlertAction.of(g.id, now, CONSOLE, AlertAction.Kind.REMINDED,
                    "第" + g.remindersSent + "次提醒（共" + rule.maxCount() + "次）"));
            g.nextReminderAt = rule.nextAfter(g, now);
        }
        if (!due.isEmpty()) {
            notifications.changed(due.stream().map(g -> g.id).toList());
        }
        return due.size();
    }
}
