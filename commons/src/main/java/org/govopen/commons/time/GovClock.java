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
        Clock fixed = Clock.fixed(instant.toInstant(), WorkdayCalendar.ZONE);
        return new GovClock() {
            @Override
            protected Clock clock() {
                return fixed;
            }
        };
    }
}
