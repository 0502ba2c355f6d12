package org.govopen.commons.deadline;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.govopen.commons.calendar.CurrentCalendar;
import org.govopen.commons.time.GovClock;

/**
 * What a service does with its deadlines, in the transaction of the state change that causes it (a reply
 * closes the reply deadline in the reply's transaction). Opening an existing key starts it afresh.
 * <p>
 * A deadline this transaction opened or locked is remembered until it ends, so reading or changing it again does
 * not go back to the database; and after {@link #aggregateCreated} the deadlines of an aggregate created in this
 * transaction are opened without looking for earlier rows, which cannot exist.
 */
@ApplicationScoped
public class Deadlines {

    /** Key of this transaction's {@link InTransaction} in the transaction synchronization registry. */
    private static final Object TX_RESOURCE = new Object();

    /** What this transaction knows of its deadlines without asking the database. */
    private static final class InTransaction {
        /** Deadlines opened, locked or read in this transaction; {@code owned}: created or locked by it. */
        final Map<DeadlineKey, Deadline> known = new HashMap<>();
        final Set<DeadlineKey> owned = new HashSet<>();
        /** Aggregates created in this transaction ({@code type \0 id}): no deadline rows of theirs can exist. */
        final Set<String> newAggregates = new HashSet<>();
    }

    @Inject
    EntityManager em;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    CurrentCalendar calendar;

    @Inject
    GovClock clock;

    @Inject
    DeadlineConfig config;

    @Inject
    Event<DeadlineChanged> changed;

    @Inject
    DeadlineAlerts alerts;

    /**
     * The aggregate was created in the current transaction (its id is new): it has no deadlines yet, so opening
     * them need not look for an earlier row. A wrong call fails on the table's unique key, never overwrites.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void aggregateCreated(String aggregateType, String aggregateId) {
        inTransaction().newAggregates.add(aggregateType + '\0' + aggregateId);
    }

    /**
     * Whether {@link #aggregateCreated} named this aggregate in the current transaction: its own row may not be
     * written yet, so an observer of {@link DeadlineChanged} leaves copying the deadline onto it to its creator.
     */
    public boolean createdInThisTransaction(String aggregateType, String aggregateId) {
        InTransaction tx = inTransactionIfAny();
        return tx != null && tx.newAggregates.contains(aggregateType + '\0' + aggregateId);
    }

    /** "Within {@code workingDays} working days of {@code basis}", warned the configured days before. */
    @Transactional
    public Deadline openWorkingDays(DeadlineKey key, String label, String unit, LocalDate basis, int workingDays) {
        return openWorkingDays(key, label, unit, basis, workingDays, config.warningWorkingDays());
    }

    @Transactional
    public Deadline openWorkingDays(DeadlineKey key, String label, String unit, LocalDate basis, int workingDays,
                                    int warnWorkingDays) {
        Deadline d = fresh(key, label, unit);
        d.basisDate = basis;
        d.workingDays = workingDays;
        d.warnWorkingDays = warnWorkingDays;
        d.reschedule(calendar.get(), clock.now());
        d.persist();
        return changed(d);
    }

    /** A wall-clock deadline (opinion windows: hours, not working time), warned at {@code warnAt} if given. */
    @Transactional
    public Deadline openAt(DeadlineKey key, String label, String unit, OffsetDateTime dueAt, OffsetDateTime warnAt) {
        return openWarnedAt(key, label, unit, dueAt, warnAt == null ? List.of() : List.of(warnAt));
    }

    /**
     * A wall-clock deadline warned at each of {@code warnings} (each once; points at or after {@code dueAt} are
     * dropped). Opening an existing key gives it these times afresh.
     */
    @Transactional
    public Deadline openWarnedAt(DeadlineKey key, String label, String unit, OffsetDateTime dueAt,
                                 List<OffsetDateTime> warnings) {
        Deadline d = fresh(key, label, unit);
        d.dueAt = dueAt;
        setWarnings(d, warnings);
        d.reschedule(calendar.get(), clock.now());
        d.persist();
        return changed(d);
    }

    /**
     * Moves a wall-clock deadline (an opinion window recomputed when an incident's level is raised): warning points
     * already behind us are not raised again, a breach the new time puts back in the future is re-armed, and a
     * deadline the new time makes overdue is breached by the next sweep. A closed deadline stays closed.
     */
    @Transactional
    public Deadline moveTo(DeadlineKey key, OffsetDateTime dueAt, List<OffsetDateTime> warnings) {
        Deadline d = require(key);
        if (d.countsWorkingDays()) {
            throw new IllegalStateException("deadline " + key + " counts working days; move it by its basis");
        }
        if (d.state == DeadlineState.CLOSED) {
            return d; // met or no longer relevant: its record (a breach included) stays as it was
        }
        if (d.alertStage == AlertStage.BREACHED && clock.now().isBefore(dueAt)) {
            alerts.resolved(d, clock.now()); // the breach an operator saw is over; the new time may breach afresh
        }
        d.dueAt = dueAt;
        setWarnings(d, warnings);
        d.reschedule(calendar.get(), clock.now());
        return changed(d);
    }

    private static void setWarnings(Deadline d, List<OffsetDateTime> warnings) {
        List<OffsetDateTime> points = warnings.stream().filter(w -> w != null && w.isBefore(d.dueAt)).sorted().toList();
        d.warnings = points.isEmpty() ? null : points.toArray(OffsetDateTime[]::new);
        d.warnAt = points.isEmpty() ? null : points.get(0);
    }

    public Optional<Deadline> find(DeadlineKey key) {
        InTransaction tx = inTransactionIfAny();
        if (tx != null) {
            Deadline d = tx.known.get(key);
            if (d != null && em.contains(d)) {
                return Optional.of(d);
            }
            if (isNew(tx, key)) {
                return Optional.empty();
            }
        }
        Optional<Deadline> found = Deadline.<Deadline>find("aggregateType = ?1 and aggregateId = ?2 and kind = ?3 and ref = ?4",
                key.aggregateType(), key.aggregateId(), key.kind(), key.ref()).firstResultOptional();
        if (tx != null) {
            found.ifPresent(d -> tx.known.put(key, d));
        }
        return found;
    }

    public List<Deadline> of(String aggregateType, String aggregateId) {
        return Deadline.list("aggregateType = ?1 and aggregateId = ?2 order by dueAt", aggregateType, aggregateId);
    }

    /** Time stops counting from {@code stopDay} (rules.md §1 pauses); no alerts while paused. */
    @Transactional
    public Deadline pause(DeadlineKey key, LocalDate stopDay) {
        Deadline d = require(key);
        if (d.state != DeadlineState.ACTIVE) {
            throw new IllegalStateException("deadline " + key + " is " + d.state + ", cannot pause");
        }
        d.state = DeadlineState.PAUSED;
        d.pausedSince = stopDay;
        d.reschedule(calendar.get(), clock.now());
        return changed(d);
    }

    /** The clock runs again from {@code restartDay}: the working days in (stop, restart] are added. */
    @Transactional
    public Deadline resume(DeadlineKey key, LocalDate restartDay) {
        Deadline d = require(key);
        if (d.state != DeadlineState.PAUSED) {
            throw new IllegalStateException("deadline " + key + " is " + d.state + ", cannot resume");
        }
        if (restartDay.isBefore(d.pausedSince)) {
            throw new IllegalArgumentException("restart day " + restartDay + " is before the stop day " + d.pausedSince);
        }
        d.pauses.add(new DeadlinePause(d.pausedSince, restartDay));
        d.pausedSince = null;
        d.state = DeadlineState.ACTIVE;
        d.reschedule(calendar.get(), clock.now());
        return changed(d);
    }

    /** Adds working days to the period (an approved extension). */
    @Transactional
    public Deadline extend(DeadlineKey key, int extraWorkingDays) {
        Deadline d = require(key);
        if (!d.countsWorkingDays()) {
            throw new IllegalStateException("deadline " + key + " does not count working days");
        }
        d.workingDays += extraWorkingDays;
        d.reschedule(calendar.get(), clock.now());
        return changed(d);
    }

    /**
     * The period becomes {@code workingDays} working days of its basis, warned {@code warnWorkingDays} before (a case
     * classified after its clock started: a message found simple at triage). Warnings already raised stay raised; a due time the change puts behind us
     * is breached by the next sweep.
     */
    @Transactional
    public Deadline changeWorkingDays(DeadlineKey key, int workingDays, int warnWorkingDays) {
        Deadline d = require(key);
        if (!d.countsWorkingDays()) {
            throw new IllegalStateException("deadline " + key + " does not count working days");
        }
        d.workingDays = workingDays;
        d.warnWorkingDays = warnWorkingDays;
        d.reschedule(calendar.get(), clock.now());
        return changed(d);
    }

    /**
     * The deadline now belongs to {@code unit} (a case reassigned: its alerts go to the new unit); its times, its
     * warnings and what has fired stay as they were — the clock keeps running.
     */
    @Transactional
    public Deadline reassign(DeadlineKey key, String unit) {
        Deadline d = require(key);
        d.unit = unit;
        d.updatedAt = clock.now();
        return changed(d);
    }

    /** The period starts again from {@code basis} (a corrected application arrived), pauses forgotten. */
    @Transactional
    public Deadline restartFrom(DeadlineKey key, LocalDate basis) {
        Deadline d = require(key);
        if (d.state != DeadlineState.CLOSED && d.hasAlerted()) {
            alerts.resolved(d, clock.now()); // the period starts again: what was raised of the old one is over
        }
        d.basisDate = basis;
        d.pauses.clear();
        d.pausedSince = null;
        d.state = DeadlineState.ACTIVE;
        d.alertStage = AlertStage.PENDING;
        d.warningsFired = 0;
        d.generation++;
        d.closedAt = null;
        d.reschedule(calendar.get(), clock.now());
        return changed(d);
    }

    /** Met, or no longer relevant: no more alerts. Closing a missing or closed deadline does nothing. */
    @Transactional
    public void close(DeadlineKey key) {
        locked(key).ifPresent(this::close);
    }

    /**
     * Locks an aggregate's deadline rows until the transaction ends. A service that locks its own row and then changes
     * its deadlines calls this <em>first</em>: the sweeper holds deadline rows and then takes the aggregate's row (in
     * a {@link DeadlineFired} observer), so taking them the other way round could deadlock with it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lockAll(String aggregateType, String aggregateId) {
        InTransaction tx = inTransaction();
        if (tx.newAggregates.contains(aggregateType + '\0' + aggregateId)) {
            return;
        }
        for (Deadline d : Deadline.<Deadline>find("aggregateType = ?1 and aggregateId = ?2 order by id", aggregateType, aggregateId)
                .withLock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE).list()) {
            tx.known.put(d.key(), d);
            tx.owned.add(d.key());
        }
    }

    @Transactional
    public void closeAll(String aggregateType, String aggregateId) {
        Deadline.<Deadline>find("aggregateType = ?1 and aggregateId = ?2", aggregateType, aggregateId)
                .withLock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE).list().forEach(this::close);
    }

    private void close(Deadline d) {
        if (d.state == DeadlineState.CLOSED) {
            return;
        }
        d.state = DeadlineState.CLOSED;
        d.closedAt = clock.now();
        d.updatedAt = d.closedAt;
        d.armNextFire();
        if (d.hasAlerted()) {
            alerts.resolved(d, d.closedAt); // the warning or breach an operator saw is over
        }
        changed(d);
    }

    /** Tells the observers of {@link DeadlineChanged}, in this transaction. */
    private Deadline changed(Deadline d) {
        changed.fire(DeadlineChanged.of(d));
        return d;
    }

    /** The row, locked until the transaction ends: a change waits for a sweeper firing it, never races it. */
    private Deadline require(DeadlineKey key) {
        return locked(key).orElseThrow(() -> new IllegalStateException("no deadline " + key));
    }

    private Optional<Deadline> locked(DeadlineKey key) {
        InTransaction tx = inTransaction();
        Deadline known = tx.known.get(key);
        if (known != null && tx.owned.contains(key) && em.contains(known)) {
            return Optional.of(known); // created or already locked by this transaction
        }
        if (isNew(tx, key)) {
            return Optional.empty();
        }
        Optional<Deadline> found = Deadline.<Deadline>find("aggregateType = ?1 and aggregateId = ?2 and kind = ?3 and ref = ?4",
                        key.aggregateType(), key.aggregateId(), key.kind(), key.ref())
                .withLock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
        found.ifPresent(d -> {
            tx.known.put(key, d);
            tx.owned.add(key);
        });
        return found;
    }

    private static boolean isNew(InTransaction tx, DeadlineKey key) {
        return !tx.known.containsKey(key) && tx.newAggregates.contains(key.aggregateType() + '\0' + key.aggregateId());
    }

    private InTransaction inTransaction() {
        InTransaction tx = inTransactionIfAny();
        if (tx == null) {
            throw new IllegalStateException("deadlines change only inside a transaction");
        }
        return tx;
    }

    private InTransaction inTransactionIfAny() {
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            return null;
        }
        InTransaction tx = (InTransaction) transactions.getResource(TX_RESOURCE);
        if (tx == null) {
            tx = new InTransaction();
            transactions.putResource(TX_RESOURCE, tx);
        }
        return tx;
    }

    private Deadline fresh(DeadlineKey key, String label, String unit) {
        OffsetDateTime now = clock.now();
        InTransaction tx = inTransaction();
        Deadline d = locked(key).orElseGet(() -> {
            Deadline n = new Deadline();
            n.id = UUID.randomUUID();
            n.aggregateType = key.aggregateType();
            n.aggregateId = key.aggregateId();
            n.kind = key.kind();
            n.ref = key.ref();
            n.createdAt = now;
            return n;
        });
        if (d.alertStage != null) {
            d.generation++; // an earlier life of this key may have fired: the new one fires afresh
        }
        d.label = label;
        d.unit = unit;
        d.basisDate = null;
        d.workingDays = null;
        d.warnWorkingDays = null;
        d.dueDate = null;
        d.warnAt = null;
        d.warnings = null;
        d.warningsFired = 0;
        d.pauses.clear();
        d.pausedSince = null;
        d.state = DeadlineState.ACTIVE;
        d.alertStage = AlertStage.PENDING;
        d.closedAt = null;
        d.updatedAt = now;
        tx.known.put(key, d);
        tx.owned.add(key);
        return d;
    }
}
