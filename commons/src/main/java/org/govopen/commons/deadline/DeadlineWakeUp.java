package org.govopen.commons.deadline;

import io.quarkus.runtime.ShutdownEvent;
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
 * committed change brings an earlier one. A wake-up is planned only when it is less than one sweep interval away, so
 * a moved {@link GovClock} is still seen within one interval (by the tick).
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

    /** The earliest firing time known (GovClock time): a committed change before it re-plans, any other is ignored. */
    private volatile Instant earliest = Instant.MAX;

    // guarded by this
    private ScheduledThreadPoolExecutor timer;
    private ScheduledFuture<?> planned;
    private Instant wokeFor;
    /** The clock's time when that wake-up ran: unchanged later means a clock standing still (a test's). */
    private Instant wokeAtClock;
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
        if (at.equals(wokeFor) && now.isBefore(at) && now.equals(wokeAtClock)) {
            return; // woken for it already and the clock stands still short of it (a test's clock): the tick's turn
        }
        Duration delay = now.isBefore(at) ? Duration.between(now, at) : Duration.ZERO;
        if (delay.compareTo(config.sweepInterval()) >= 0) {
            return; // a tick comes first, and plans again
        }
        // Not "the tick's next fire time comes first": the scheduler runs a due job at its next check, up to a
        // second after that time (measured: alerts stalled for a second several times a minute), so the wake-up is
        // planned whenever it is within one interval; a sweep more costs one index lookup.
        cancelPlanned();
        planned = timer().schedule(() -> wake(at), delay.toNanos(), TimeUnit.NANOSECONDS);
    }

    private void wake(Instant at) {
        synchronized (this) {
            wokeFor = at;
            // The timer may run a little before the clock reaches `at` (it counts System.nanoTime): the sweep then
            // finds nothing, and the re-plan must wake again for the rest, not leave it to the tick a second later.
            wokeAtClock = clock.now().toInstant();
        }
        try {
            if (!disabled.disabled()) {
                sweeper.wake();
            }
        } catch (RuntimeException e) {
            LOG.warnf(e, "Deadline sweep on wake-up failed; the regular sweep tries again");
        }
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
