package org.govopen.commons.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;

/**
 * This service's working-day calendar: the bundled 2019–2026 notices, plus every notice loaded at run time
 * (received on {@code govopen.reference.calendar}). Loading a year fires {@link CalendarYearApplied} so that
 * open deadlines are recomputed.
 */
@ApplicationScoped
public class CurrentCalendar {

    private static final Logger LOG = Logger.getLogger(CurrentCalendar.class);

    private final AtomicReference<WorkdayCalendar> current = new AtomicReference<>(BundledNotices.calendar());

    @Inject
    Event<CalendarYearApplied> applied;

    public WorkdayCalendar get() {
        return current.get();
    }

    /** Loads {@code notice} in place of the year's earlier one; false when it is the same notice. */
    public boolean apply(HolidayNotice notice) {
        WorkdayCalendar before;
        synchronized (this) {
            before = current.get();
            Optional<HolidayNotice> previous = before.notice(notice.year());
            if (previous.isPresent() && previous.get().holidays().equals(notice.holidays())) {
                return false;
            }
            current.set(before.with(notice));
            LOG.infof("Calendar year %d loaded (%d holidays)", notice.year(), notice.holidays().size());
            applied.fire(new CalendarYearApplied(notice, previous));
        }
        return true;
    }
}
