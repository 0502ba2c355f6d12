package org.govopen.commons.events;

import java.time.Duration;
import org.govopen.commons.problem.ProblemMappers;
import org.jboss.logging.Logger;

/**
 * How a batch consumer waits out a database outage instead of sending good events to the dead-letter topic: the
 * work is tried again, with a growing pause (250 ms more each time, at most 5 s), while the failure is transient —
 * the database away or overloaded, a deadlock, a serialization failure — for up to the given patience. Anything else
 * is thrown at once: one of the batch's records is at fault, and the listener takes them one by one.
 * SmallRye Fault Tolerance's {@code @Retry} does the same for a method, but a batch listener needs to tell the two
 * kinds of failure apart around one call of several, and to try the whole batch again before splitting it.
 */
public final class Patience {

    private static final Logger LOG = Logger.getLogger(Patience.class);

    private Patience() {
    }

    /** Runs {@code work}, trying again while the failure is transient, for up to {@code patience}. */
    public static void run(Duration patience, String what, Runnable work) {
        long giveUpAt = System.nanoTime() + patience.toNanos();
        for (int attempt = 1; ; attempt++) {
            try {
                work.run();
                return;
            } catch (RuntimeException e) {
                if (!transientFailure(e) || System.nanoTime() > giveUpAt) {
                    throw e;
                }
                LOG.warnf("the database is not taking %s (attempt %d, %s); trying again", what, attempt, e.toString());
                pause(Duration.ofMillis(Math.min(5_000, 250L * attempt)));
            }
        }
    }

    /** The database away or overloaded, or a deadlock / serialization failure: worth trying again. */
    public static boolean transientFailure(Throwable e) {
        if (ProblemMappers.isOutage(e)) {
            return true;
        }
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.sql.SQLException sql && ("40P01".equals(sql.getSQLState()) || "40001".equals(sql.getSQLState()))) {
                return true;
            }
            if (t instanceof jakarta.persistence.PessimisticLockException || t instanceof jakarta.persistence.LockTimeoutException) {
                return true;
            }
        }
        return false;
    }

    private static void pause(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the database", e);
        }
    }
}
