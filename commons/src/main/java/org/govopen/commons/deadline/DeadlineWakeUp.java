package org.govopen.commons.deadline;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.scheduler.Trigger;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.govopen.commons.time.GovClock;
import org.jboss.logging.Logger;

/**
 * Wakes the {@link DeadlineSweeper} at the next firing time instead of only on its regular tick (architecture
 * § Deadlines): after each sweep at the earliest {@code next_fire_at} of an active deadline, and sooner when a
 * committed change brings an earlier one. A wake-up is planned only when it comes before the next tick, so it is
 * never further away than the sweep interval and a moved {@link GovClock} is seen within one interval.
 * One daemon timer thread, shut down with the application.
 */
@ApplicationScoped
public class DeadlineWakeUp {

    private static final Logger LOG = Logger.getLogger(DeadlineWakeUp.class);

    @Inject
    DeadlineSweeper sweeper;

    @Inject
    DeadlineSweeper.SweeperDisabled disabled;

    @Inject
    GovClock clock;

    @Inject
    DeadlineConfig config;

    @Inject
    Scheduler scheduler;

    /** The earliest firing time known (GovClock time): a committed change before it re-plans, any other is ignored. */
    private volatile Instant earliest = Instant.MAX;

    // guarded by this
    private ScheduledThreadPoolExecutor timer;
    private ScheduledFuture<?> planned;
    private Instant wokeFor;
    private boolean stopped;

    /** Runs for every deadline change, after its transaction committed: one compare, rarely a re-plan. */
    void onChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) DeadlineChanged changed) {
        OffsetDateTime at = changed.nextFireAt();
        if (at != null && changed.state() == DeadlineState.ACTIVE && at.toInstant().isBefore(earliest)) {
            wakeAt(at.toInstant());
        }
    }

    /** After a sweep: forgets the plan and wakes at the firing time {@code next} looks up (null: none, wait for the tick). */
    void replan(Supplier<OffsetDateTime> next) {
        synchronized (this) {
            earliest = Instant.MAX; // a change committed from now on re-plans through onChanged
            cancelPlanned();
        }
        OffsetDateTime at = next.get();
        if (at != null) {
            wakeAt(at.toInstant());
        }
    }

    private synchronized void wakeAt(Instant at) {
        if (stopped || !at.isBefore(earliest)) {
            return;
        }
        earliest = at;
        if (disabled.disabled()) {
            return;
        }
        Instant now = clock.now().toInstant();
        if (at.equals(wokeFor) && now.isBefore(at)) {
            return; // woken for it already and the clock has not got there (a test clock standing still): the tick's turn
        }
        Duration delay = now.isBefore(at) ? Duration.between(now, at) : Duration.ZERO;
        if (delay.compareTo(untilNextTick()) >= 0) {
            return; // the tick comes first, and plans again
        }
        cancelPlanned();
        planned = timer().schedule(() -> wake(at), delay.toNanos(), TimeUnit.NANOSECONDS);
    }

    private void wake(Instant at) {
        synchronized (this) {
            wokeFor = at;
        }
        try {
            if (!disabled.disabled()) {
                sweeper.wake();
            }
        } catch (RuntimeException e) {
            LOG.warnf(e, "Deadline sweep on wake-up failed; the regular sweep tries again");
        }
    }

    /** Time to the regular tick, at most the interval. */
    private Duration untilNextTick() {
        Duration interval = config.sweepInterval();
        Trigger tick = scheduler.getScheduledJob(DeadlineSweeper.TICK);
        Instant next = tick == null ? null : tick.getNextFireTime();
        if (next == null) {
            return interval;
        }
        Duration until = Duration.between(Instant.now(), next);
        return until.isNegative() || until.isZero() || until.compareTo(interval) > 0 ? interval : until;
    }

    private void cancelPlanned() {
        if (planned != null) {
            planned.cancel(false);
            planned = null;
        }
    }

    private ScheduledThreadPoolExecutor timer() {
        if (timer == null) {
            timer = new ScheduledThreadPoolExecutor(1, r -> {
                Thread t = new Thread(r, "govopen-deadline-wake-up");
                t.setDaemon(true);
                return t;
            });
            timer.setRemoveOnCancelPolicy(true);
            timer.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        }
        return timer;
    }

    void onStop(@Observes ShutdownEvent event) {
        ScheduledThreadPoolExecutor t;
        synchronized (this) {
            stopped = true;
            cancelPlanned();
            t = timer;
            timer = null;
        }
        if (t != null) {
            t.shutdown(); // a sweep under way finishes (outside the lock: it re-plans, which returns at once)
            try {
                if (!t.awaitTermination(10, TimeUnit.SECONDS)) {
                    t.shutdownNow();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                t.shutdownNow();
            }
        }
    }
}
