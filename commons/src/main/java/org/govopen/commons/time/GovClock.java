package org.govopen.commons.time;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.govopen.commons.calendar.WorkdayCalendar;

/**
 * The time every rule is evaluated at, in Asia/Shanghai. A bean rather than {@code now()} calls so tests
 * can move it (QuarkusMock).
 */
@ApplicationScoped
public class GovClock {

    public OffsetDateTime now() {
        return OffsetDateTime.now(clock());
    }

    public LocalDate today() {
        return LocalDate.now(clock());
    }

    protected Clock clock() {
        return Clock.system(WorkdayCalendar.ZONE);
    }

    /** A clock fixed at {@code instant}, for tests. */
    public static GovClock fixed(OffsetDateTime instant) {
        return new Settable(instant);
    }

    /** A clock a test sets and moves (install it with QuarkusMock: every thread, the sweeper's too, sees it). */
    public static final class Settable extends GovClock {

        private volatile Clock clock;

        public Settable(OffsetDateTime instant) {
            set(instant);
        }

        public void set(OffsetDateTime instant) {
            clock = Clock.fixed(instant.toInstant(), WorkdayCalendar.ZONE);
        }

        /** Moves to 10:00 on {@code day} in Asia/Shanghai. */
        public void setDay(java.time.LocalDate day) {
            set(day.atTime(10, 0).atZone(WorkdayCalendar.ZONE).toOffsetDateTime());
        }

        @Override
        protected Clock clock() {
            return clock;
        }
    }
}
