package org.govopen.commons.deadline;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.govopen.commons.time.GovClock;
import org.jboss.logging.Logger;

/**
 * Fires due deadlines (architecture § Deadlines): claims rows whose next firing time has come with
 * {@code FOR UPDATE SKIP LOCKED}, writes the alert to {@code govopen.alerts} through the outbox and advances
 * the stage in the same transaction — so each (deadline, stage) alerts once, across restarts and replicas.
 * Alert ids are derived from (deadline, generation, alert stage): a consumer can drop a repeat by id.
 * <p>
 * When it runs: {@link DeadlineWakeUp} wakes it at the next firing time (looked up after each sweep) and sooner when
 * a committed change brings an earlier one; the regular tick every {@code govopen.deadlines.sweep-interval} is the
 * safety net (a moved test clock, another replica's rows, a lost wake-up). The tick and the wake-up share one flag:
 * one sweep at a time in an instance, and a call that finds a sweep running makes it go round once more.
 */
@ApplicationScoped
public class DeadlineSweeper {

    private static final Logger LOG = Logger.getLogger(DeadlineSweeper.class);
    static final Duration RETRY_FAILED_AFTER = Duration.ofMinutes(5);
    /** Identity of the regular tick. */
    static final String TICK = "govopen-deadline-sweep";

    @Inject
    EntityManager em;

    @Inject
    DeadlineAlerts alerts;

    @Inject
    GovClock clock;

    @Inject
    DeadlineConfig config;

    @Inject
    MeterRegistry registry;

    @Inject
    jakarta.enterprise.event.Event<DeadlineFired> fired;

    @Inject
    DeadlineWakeUp wakeUp;

    private Timer lag;
    private final AtomicBoolean sweeping = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();

    @PostConstruct
    void metrics() {
        lag = Timer.builder("govopen.deadline.alert.lag").description("from a deadline's firing time to its alert in the outbox")
                .publishPercentiles(0.5, 0.99).register(registry);
    }

    /** The regular tick, the safety net of the wake-ups. */
    @Scheduled(identity = TICK, every = "${govopen.deadlines.sweep-interval}", delayed = "2s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = SweeperDisabled.class)
    void sweep() {
        sweepExclusively();
    }

    /** A sweep on {@link DeadlineWakeUp}'s thread, with a request context as the tick has. */
    @ActivateRequestContext
    void wake() {
        sweepExclusively();
    }

    /** Sweeps until nothing is due, then plans the wake-up; returns at once if another call is sweeping. */
    private void sweepExclusively() {
        again.set(true);
        while (again.get() && sweeping.compareAndSet(false, true)) {
            try {
                OffsetDateTime sweptTo = null;
                while (again.getAndSet(false)) {
                    sweptTo = sweepDue();
                }
                OffsetDateTime after = sweptTo;
                wakeUp.replan(() -> nextFireAfter(after));
            } finally {
                sweeping.set(false);
            }
        }
    }

    /** Fires batches until one comes back short; returns the time read just before the last batch. */
    private OffsetDateTime sweepDue() {
        OffsetDateTime before;
        do {
            before = clock.now();
        } while (sweepBatch() == config.sweepBatch()); // a full batch: more may be due
        return before;
    }

    /**
     * The earliest next firing time of an active deadline after {@code after}, or null; a lookup in the partial index
     * {@code deadline_next_fire}. A row at or before {@code after} that the sweep left is locked by another
     * transaction (a replica firing it, or a change that re-plans when it commits): it is not waited for, so a test
     * clock that stands still cannot make the sweeper spin.
     */
    OffsetDateTime nextFireAfter(OffsetDateTime after) {
        return QuarkusTransaction.requiringNew().call(() -> (OffsetDateTime) em.createNativeQuery("""
                select min(next_fire_at) from deadline
                where state = 'ACTIVE' and next_fire_at is not null and next_fire_at > :after""", OffsetDateTime.class)
                .setParameter("after", after).getSingleResult());
    }

    /**
     * Fires one batch of due deadlines in one transaction; returns how many it claimed. Should the batch fail
     * (a service's {@link DeadlineFired} observer threw), its deadlines are fired one by one and a deadline
     * that still fails is postponed, so one bad case cannot hold up the others' alerts.
     */
    public int sweepBatch() {
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                OffsetDateTime now = clock.now();
                List<Deadline> due = claim(now, config.sweepBatch());
                for (Deadline d : due) {
                    fire(d, now);
                }
                return due.size();
            });
        } catch (RuntimeException batchFailure) {
            LOG.warnf(batchFailure, "Deadline batch failed; firing its deadlines one by one");
            List<UUID> ids = QuarkusTransaction.requiringNew().call(() ->
                    claim(clock.now(), config.sweepBatch()).stream().map(d -> d.id).toList());
            for (UUID id : ids) {
                try {
                    QuarkusTransaction.requiringNew().run(() -> {
                        Deadline d = em.find(Deadline.class, id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
                        if (d != null && d.nextFireAt != null && !d.nextFireAt.isAfter(clock.now())) {
                            fire(d, clock.now());
                        }
                    });
                } catch (RuntimeException e) {
                    LOG.errorf(e, "Deadline %s cannot fire; postponed by %s", id, RETRY_FAILED_AFTER);
                    QuarkusTransaction.requiringNew().run(() -> {
                        Deadline d = em.find(Deadline.class, id);
                        d.nextFireAt = clock.now().plus(RETRY_FAILED_AFTER);
                    });
                }
            }
            return ids.size();
        }
    }

    @SuppressWarnings("unchecked")
    private List<Deadline> claim(OffsetDateTime now, int limit) {
        return em.createNativeQuery("""
                select * from deadline
                where state = 'ACTIVE' and next_fire_at <= :now
                order by next_fire_at
                limit :n
                for update skip locked""", Deadline.class)
                .setParameter("now", now).setParameter("n", limit).getResultList();
    }

    private void fire(Deadline d, OffsetDateTime now) {
        OffsetDateTime scheduled = d.nextFireAt;
        DeadlineAlert.Level level;
        int passed = d.warningsPassed(now);
        if (!now.isBefore(d.dueAt) && d.alertStage != AlertStage.BREACHED) {
            level = DeadlineAlert.Level.BREACH;
            d.alertStage = AlertStage.BREACHED;
        } else if (d.alertStage != AlertStage.BREACHED && passed > d.warningsFired) {
            // a sweeper that was away raises only the latest point that has come, not each one it missed
            level = DeadlineAlert.Level.WARNING;
            d.alertStage = AlertStage.WARNED;
            d.warningsFired = passed;
        } else {
            d.armNextFire(); // nothing due after all (times moved): just re-arm
            return;
        }
        d.updatedAt = now;
        d.armNextFire();
        DeadlineAlert alert = level == DeadlineAlert.Level.BREACH ? alerts.breach(d, scheduled, now)
                : alerts.warning(d, passed, scheduled, now);
        fired.fire(new DeadlineFired(d.key(), level, d, alert.stage()));
        if (scheduled != null) {
            lag.record(Duration.between(scheduled, now).abs());
        }
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
            return disabled();
        }

        /** Switched off by configuration, or shutting down: neither the tick nor a wake-up sweeps. */
        boolean disabled() {
            return stopping || !config.sweeperEnabled();
        }
    }
}
