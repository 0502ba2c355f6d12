package org.govopen.commons.deadline;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.govopen.commons.calendar.WorkdayCalendar;
import org.govopen.commons.events.Outbox;
import org.govopen.commons.events.Topics;
import org.govopen.commons.time.GovClock;

/**
 * Fires due deadlines (architecture § Deadlines): claims rows whose next firing time has come with
 * {@code FOR UPDATE SKIP LOCKED}, writes the alert to {@code govopen.alerts} through the outbox and advances
 * the stage in the same transaction — so each (deadline, stage) alerts once, across restarts and replicas.
 * Alert ids are derived from (deadline, token, stage): a consumer can drop a repeat by id.
 */
@ApplicationScoped
public class DeadlineSweeper {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

    @Inject
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    GovClock clock;

    @Inject
    DeadlineConfig config;

    @Inject
    MeterRegistry registry;

    @ConfigProperty(name = "govopen.service-name")
    String serviceName;

    private Timer lag;

    @PostConstruct
    void metrics() {
        lag = Timer.builder("govopen.deadline.alert.lag").description("from a deadline's firing time to its alert in the outbox")
                .publishPercentiles(0.5, 0.99).register(registry);
    }

    @Scheduled(every = "${govopen.deadlines.sweep-interval:1s}", delayed = "2s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = SweeperDisabled.class)
    void sweep() {
        while (sweepBatch() == config.sweepBatch()) {
            // a full batch: more may be due
        }
    }

    /** Fires one batch of due deadlines in one transaction; returns how many it claimed. */
    public int sweepBatch() {
        return QuarkusTransaction.requiringNew().call(() -> {
            OffsetDateTime now = clock.now();
            @SuppressWarnings("unchecked")
            List<Deadline> due = em.createNativeQuery("""
                    select * from deadline
                    where state = 'ACTIVE' and next_fire_at <= :now
                    order by next_fire_at
                    limit :n
                    for update skip locked""", Deadline.class)
                    .setParameter("now", now).setParameter("n", config.sweepBatch()).getResultList();
            for (Deadline d : due) {
                fire(d, now);
            }
            return due.size();
        });
    }

    private void fire(Deadline d, OffsetDateTime now) {
        OffsetDateTime scheduled = d.nextFireAt;
        DeadlineAlert.Level level;
        if (!now.isBefore(d.dueAt) && d.stage != DeadlineStage.BREACHED) {
            level = DeadlineAlert.Level.BREACH;
            d.stage = DeadlineStage.BREACHED;
        } else if (d.stage == DeadlineStage.PENDING && d.warnAt != null && !now.isBefore(d.warnAt)) {
            level = DeadlineAlert.Level.WARNING;
            d.stage = DeadlineStage.WARNED;
        } else {
            d.armNextFire(); // nothing due after all (times moved): just re-arm
            return;
        }
        d.updatedAt = now;
        d.armNextFire();
        UUID alertId = UUID.nameUUIDFromBytes((d.id + ":" + d.token + ":" + level).getBytes(StandardCharsets.UTF_8));
        DeadlineAlert alert = new DeadlineAlert(alertId.toString(), level, serviceName, d.kind, d.aggregateType,
                d.aggregateId, d.ref, d.label, d.unit, d.dueDate, d.dueAt, scheduled, now, d.provisional, message(d, level));
        outbox.publish(Topics.ALERTS, level.eventType(), d.aggregateId, alert, alertId);
        if (scheduled != null) {
            lag.record(Duration.between(scheduled, now).abs());
        }
    }

    private static String message(Deadline d, DeadlineAlert.Level level) {
        String due = d.dueDate != null ? d.dueDate.format(DAY)
                : d.dueAt.atZoneSameInstant(WorkdayCalendar.ZONE).toLocalDateTime().toString().replace('T', ' ');
        return level == DeadlineAlert.Level.WARNING
                ? "【期限预警】" + d.label + "将于" + due + "到期，请及时办理"
                : "【已超期】" + d.label + "已于" + due + "到期未办结";
    }

    @Singleton
    public static class SweeperDisabled implements Scheduled.SkipPredicate {

        private volatile boolean stopping;

        @Inject
        DeadlineConfig config;

        void onStop(@jakarta.enterprise.event.Observes io.quarkus.runtime.ShutdownEvent event) {
            stopping = true;
        }

        @Override
        public boolean test(io.quarkus.scheduler.ScheduledExecution execution) {
            return stopping || !config.sweeperEnabled();
        }
    }
}
