package org.govopen.commons.events;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.govopen.commons.time.GovClock;
import org.jboss.logging.Logger;

/**
 * Publishes outbox rows and marks them sent only after the broker acknowledged them.
 * <ul>
 *   <li>One relay at a time across replicas ({@code pg_try_advisory_xact_lock}), so one aggregate's events
 *       leave in the order they were written; rows are claimed with {@code FOR UPDATE SKIP LOCKED}.</li>
 *   <li>A batch starts with one event sent and acknowledged alone: while the broker is away that one fails
 *       fast and nothing is sent out of order. The relay then backs off exponentially and tries again.</li>
 *   <li>An event the broker rejects for good (too large, invalid topic) is kept with {@code failed_at} and
 *       counted, and the others go on.</li>
 *   <li>A committed transaction that wrote events wakes the relay at once; otherwise it polls. While it backs
 *       off it looks at the broker's port each poll and relays at once when the broker answers again.</li>
 *   <li>The backlog gauge counts the table every second, whatever the relay is doing.</li>
 * </ul>
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** Advisory lock id shared by the relays of all replicas of one service (one database per service). */
    static final long RELAY_LOCK = 0x60760BE7L;
    /** Pause after a cycle that failed for another reason than the broker (the database away). */
    static final Duration CYCLE_RETRY = Duration.ofSeconds(1);

    enum Outcome { DRAINED, MORE, BROKER_UNAVAILABLE, NOT_LEADER, WAITING_FOR_TOPICS }

    @Inject
    EntityManager em;

    @Inject
    KafkaEventPublisher publisher;

    @Inject
    TopicProvisioner topics;

    @Inject
    OutboxConfig config;

    @Inject
    GovClock clock;

    @Inject
    MeterRegistry registry;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private final Semaphore wakeups = new Semaphore(0);
    private final AtomicLong backlog = new AtomicLong();
    private volatile boolean running;
    private Thread worker;
    private Duration backoff = Duration.ZERO;
    private Instant lastCleanup = Instant.EPOCH;
    private Counter sent;
    private Counter retries;
    private Counter rejected;
    private Counter polls;
    private Timer publishLag;

    void onStart(@Observes StartupEvent event) {
        // strong reference: Micrometer otherwise holds the gauge's object weakly and may drop the gauge after a GC
        Gauge.builder("govopen.outbox.backlog", backlog, AtomicLong::get).strongReference(true)
                .description("events written but not yet acknowledged by the broker").register(registry);
        sent = registry.counter("govopen.outbox.sent");
        retries = registry.counter("govopen.outbox.send.failures");
        rejected = registry.counter("govopen.outbox.rejected");
        polls = registry.counter("govopen.outbox.relay.polls");
        publishLag = Timer.builder("govopen.outbox.publish.lag").description("from outbox write to broker acknowledgement")
                .publishPercentiles(0.5, 0.95, 0.99).register(registry);
        if (!config.relayEnabled()) {
            return;
        }
        running = true;
        worker = new Thread(this::loop, "govopen-outbox-relay");
        worker.setDaemon(true);
        worker.start();
    }

    void onStop(@Observes ShutdownEvent event) {
        running = false;
        wake();
        if (worker != null) {
            try {
                worker.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Ask the relay to look now (called after a transaction that wrote events commits). */
    public void wake() {
        if (wakeups.availablePermits() == 0) {
            wakeups.release();
        }
    }

    /** True while the relay thread runs (or the relay is switched off in this instance). */
    public boolean alive() {
        return !config.relayEnabled() || (running && worker != null && worker.isAlive());
    }

    /** Events not yet acknowledged by the broker, as last counted. */
    public long backlog() {
        return backlog.get();
    }

    private void loop() {
        Instant retryAt = Instant.EPOCH;
        boolean brokerWasReachable = true;
        while (running) {
            try {
                long untilRetry = Duration.between(Instant.now(), retryAt).toMillis();
                long waitMs = untilRetry > 0 ? Math.min(config.pollInterval().toMillis(), untilRetry)
                        : config.pollInterval().toMillis();
                wakeups.tryAcquire(waitMs, TimeUnit.MILLISECONDS);
                wakeups.drainPermits();
                if (!running) {
                    return;
                }
                if (Instant.now().isBefore(retryAt)) {
                    // backing off: a cheap look at the broker each poll; the moment it answers again, try at once
                    boolean reachable = brokerReachable();
                    boolean cameBack = reachable && !brokerWasReachable;
                    brokerWasReachable = reachable;
                    if (!cameBack) {
                        continue;
                    }
                    LOG.infof("Broker reachable again; relaying the outbox now instead of after the backoff");
                }
                Outcome outcome;
                do {
                    outcome = relayBatch();
                } while (outcome == Outcome.MORE && running);
                backoff = outcome == Outcome.BROKER_UNAVAILABLE ? nextBackoff() : Duration.ZERO;
                retryAt = Instant.now().plus(backoff);
                brokerWasReachable = outcome != Outcome.BROKER_UNAVAILABLE || brokerReachable();
                housekeeping();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // the database away, most likely: try again soon, the broker's backoff does not apply
                LOG.warnf(e, "Outbox relay cycle failed; retrying");
                backoff = Duration.ZERO;
                retryAt = Instant.now().plus(CYCLE_RETRY);
            }
        }
    }

    /** Whether a TCP connection to one of the bootstrap servers opens within 250 ms: the broker's port answers. */
    boolean brokerReachable() {
        for (String server : bootstrapServers.split(",")) {
            String s = server.trim();
            int colon = s.lastIndexOf(':');
            if (colon < 0) {
                continue;
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(s.substring(0, colon), Integer.parseInt(s.substring(colon + 1))), 250);
                return true;
            } catch (IOException | RuntimeException e) {
                // try the next one
            }
        }
        return false;
    }

    /**
     * Counts the events the broker has not acknowledged, every second and whatever the relay is doing (sending,
     * backing off, switched off in this instance), so {@code govopen_outbox_backlog} follows the table.
     */
    @Scheduled(every = "1s", delayed = "1s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void countBacklog() {
        try {
            Number n = QuarkusTransaction.requiringNew().call(() -> (Number) em.createNativeQuery(
                    "select count(*) from outbox_event where sent_at is null and failed_at is null").getSingleResult());
            backlog.set(n.longValue());
        } catch (RuntimeException e) {
            LOG.debugf("Outbox backlog not counted (%s)", e.getMessage()); // the database is away: keep the last count
        }
    }

    private Duration nextBackoff() {
        Duration next = backoff.isZero() ? config.initialBackoff() : backoff.multipliedBy(2);
        return next.compareTo(config.maxBackoff()) > 0 ? config.maxBackoff() : next;
    }

    /** One transaction: claim a batch, publish it, mark what the broker acknowledged. */
    Outcome relayBatch() {
        if (!topics.ready()) {
            return Outcome.WAITING_FOR_TOPICS;
        }
        polls.increment();
        return QuarkusTransaction.requiringNew().timeout(120).call(() -> {
            Boolean leader = (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(:key)")
                    .setParameter("key", RELAY_LOCK).getSingleResult();
            if (!Boolean.TRUE.equals(leader)) {
                return Outcome.NOT_LEADER;
            }
            // read-only: the rows are marked by narrow updates below, never by dirty-checking whole entities
            @SuppressWarnings("unchecked")
            List<OutboxEvent> batch = em.createNativeQuery("""
                    select * from outbox_event
                    where sent_at is null and failed_at is null
                    order by seq
                    limit :n
                    for update skip locked""", OutboxEvent.class)
                    .setParameter("n", config.batchSize()).setHint(org.hibernate.jpa.HibernateHints.HINT_READ_ONLY, true)
                    .getResultList();
            if (batch.isEmpty()) {
                return Outcome.DRAINED;
            }
            if (!deliver(List.of(batch.get(0)))) {
                return Outcome.BROKER_UNAVAILABLE;
            }
            if (batch.size() > 1 && !deliver(batch.subList(1, batch.size()))) {
                return Outcome.BROKER_UNAVAILABLE;
            }
            return batch.size() == config.batchSize() ? Outcome.MORE : Outcome.DRAINED;
        });
    }

    /**
     * Sends, awaits the acknowledgements in order, records each outcome; false at the first retriable failure.
     * What was acknowledged is marked sent by one statement that writes only {@code sent_at} and {@code attempts}.
     */
    private boolean deliver(List<OutboxEvent> events) {
        List<Future<RecordMetadata>> acks = new ArrayList<>(events.size());
        for (OutboxEvent e : events) {
            try {
                acks.add(publisher.send(e));
            } catch (RuntimeException ex) {
                acks.add(java.util.concurrent.CompletableFuture.failedFuture(ex));
            }
        }
        long deadline = System.nanoTime() + config.sendTimeout().toNanos();
        List<Long> acknowledged = new ArrayList<>(events.size());
        try {
            for (int i = 0; i < events.size(); i++) {
                OutboxEvent e = events.get(i);
                try {
                    acks.get(i).get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                    acknowledged.add(e.seq);
                    sent.increment();
                    Duration lag = Duration.between(e.createdAt, clock.now());
                    if (!lag.isNegative()) { // a clock set back (tests, a corrected server time) is no lag
                        publishLag.record(lag);
                    }
                } catch (ExecutionException | java.util.concurrent.TimeoutException ex) {
                    Throwable cause = ex instanceof ExecutionException ? ex.getCause() : ex;
                    if (isPermanent(cause)) {
                        markFailed(e, String.valueOf(cause), clock.now());
                        rejected.increment();
                        LOG.errorf("Broker rejected event %s (%s on %s) for good: %s; kept in outbox_event with failed_at",
                                e.eventId, e.type, e.topic, cause);
                        continue;
                    }
                    markFailed(e, String.valueOf(cause), null);
                    retries.increment();
                    LOG.warnf("Broker did not acknowledge event %s (%s); will retry: %s", e.eventId, e.type, cause);
                    return false;
                } catch (InterruptedException ex) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
            return true;
        } finally {
            markSent(acknowledged, clock.now());
        }
    }

    private void markSent(List<Long> seqs, OffsetDateTime at) {
        if (seqs.isEmpty()) {
            return;
        }
        em.createNativeQuery("update outbox_event set sent_at = :at, attempts = attempts + 1 where seq = any(cast(:seqs as bigint[]))")
                .setParameter("at", at).setParameter("seqs", seqs.toArray(Long[]::new)).executeUpdate();
    }

    /** A failed attempt: counted with its error; {@code failedAt} given when the broker rejected it for good. */
    private void markFailed(OutboxEvent e, String error, OffsetDateTime failedAt) {
        var update = failedAt == null
                ? em.createNativeQuery("update outbox_event set attempts = attempts + 1, last_error = :error where seq = :seq")
                : em.createNativeQuery("update outbox_event set attempts = attempts + 1, last_error = :error, failed_at = :failedAt where seq = :seq")
                        .setParameter("failedAt", failedAt);
        update.setParameter("error", error).setParameter("seq", e.seq).executeUpdate();
    }

    private static boolean isPermanent(Throwable t) {
        return t instanceof RecordTooLargeException || t instanceof RecordBatchTooLargeException
                || t instanceof InvalidTopicException || t instanceof SerializationException;
    }

    private void housekeeping() {
        Instant now = Instant.now();
        if (Duration.between(lastCleanup, now).toMinutes() >= 10) {
            lastCleanup = now;
            OffsetDateTime cutoff = clock.now().minus(config.retention());
            int deleted = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                    delete from outbox_event where seq in (
                      select seq from outbox_event where sent_at < :cutoff order by seq limit 10000)""")
                    .setParameter("cutoff", cutoff).executeUpdate());
            if (deleted > 0) {
                LOG.debugf("Deleted %d sent outbox rows older than %s", deleted, config.retention());
            }
        }
    }
}
