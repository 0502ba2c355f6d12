package org.govopen.commons.deadline;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.govopen.commons.calendar.CalendarYearApplied;
import org.govopen.commons.calendar.CurrentCalendar;
import org.govopen.commons.time.GovClock;
import org.jboss.logging.Logger;

/**
 * Rules.md §1: "loading that year recomputes every open provisional deadline" — and every open deadline whose
 * counting window touches a date the notice names, should a notice be corrected. Runs in batches, each its
 * own transaction; fires {@link DeadlineRescheduled} for each deadline whose due date moved, and
 * {@link DeadlineChanged} for each whose due date or instant moved.
 */
@ApplicationScoped
public class DeadlineRecalculation {

    private static final Logger LOG = Logger.getLogger(DeadlineRecalculation.class);
    private static final int BATCH = 500;

    @Inject
    EntityManager em;

    @Inject
    CurrentCalendar calendar;

    @Inject
    GovClock clock;

    @Inject
    Event<DeadlineRescheduled> rescheduled;

    @Inject
    Event<DeadlineChanged> changed;

    void onYearApplied(@Observes CalendarYearApplied applied) {
        LocalDate first = applied.firstDate();
        LocalDate last = applied.lastDate();
        int moved = 0;
        int seen = 0;
        UUID after = new UUID(0, 0); // PostgreSQL orders uuids as unsigned bytes: the nil uuid is the smallest
        while (true) {
            UUID from = after;
            List<UUID> ids = QuarkusTransaction.requiringNew().call(() -> em.createQuery("""
                    select d.id from Deadline d
                    where d.state <> org.govopen.commons.deadline.DeadlineState.CLOSED and d.basisDate is not null
                      and (d.provisional = true or (d.basisDate < :last and d.dueDate >= :first)) and d.id > :after
                    order by d.id""", UUID.class)
                    .setParameter("last", last).setParameter("first", first).setParameter("after", from)
                    .setMaxResults(BATCH).getResultList());
            if (ids.isEmpty()) {
                break;
            }
            seen += ids.size();
            moved += QuarkusTransaction.requiringNew().call(() -> recompute(ids));
            after = ids.get(ids.size() - 1);
        }
        LOG.infof("Calendar year %d: %d open deadlines checked, %d moved", applied.notice().year(), seen, moved);
    }

    private int recompute(List<UUID> ids) {
        int moved = 0;
        for (Deadline d : em.createQuery("select d from Deadline d where d.id in :ids", Deadline.class)
                .setParameter("ids", ids).getResultList()) {
            LocalDate before = d.dueDate;
            var dueBefore = d.dueAt;
            d.reschedule(calendar.get(), clock.now());
            if (!d.dueDate.equals(before)) {
                moved++;
                rescheduled.fire(new DeadlineRescheduled(d.key(), before, d.dueDate, d.provisional));
            }
            if (!d.dueDate.equals(before) || !d.dueAt.equals(dueBefore)) {
                changed.fire(DeadlineChanged.of(d));
            }
        }
        return moved;
    }
}
