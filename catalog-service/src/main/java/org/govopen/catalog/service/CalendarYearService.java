package org.govopen.catalog.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.govopen.catalog.domain.CalendarYear;
import org.govopen.commons.calendar.CalendarNoticeListener;
import org.govopen.commons.calendar.CurrentCalendar;
import org.govopen.commons.calendar.HolidayNotice;
import org.govopen.commons.events.Outbox;
import org.govopen.commons.events.Topics;
import org.govopen.commons.time.GovClock;
import org.jboss.logging.Logger;

/**
 * Loads a year's holiday notice: stores it, publishes it on the compacted {@code govopen.reference.calendar}
 * (key: the year) for every service, and applies it here.
 */
@ApplicationScoped
public class CalendarYearService {

    private static final Logger LOG = Logger.getLogger(CalendarYearService.class);

    @Inject
    Outbox outbox;

    @Inject
    CurrentCalendar calendar;

    @Inject
    ObjectMapper mapper;

    @Inject
    GovClock clock;

    /** Stores and publishes {@code notice}; the caller applies it once the transaction committed. */
    @Transactional
    public CalendarYear load(HolidayNotice notice, String loadedBy) {
        CalendarYear year = CalendarYear.<CalendarYear>findByIdOptional(notice.year()).orElseGet(CalendarYear::new);
        year.year = notice.year();
        year.notice = json(notice);
        year.loadedAt = clock.now();
        year.loadedBy = loadedBy;
        year.persist();
        outbox.write(Topics.REFERENCE_CALENDAR, CalendarNoticeListener.EVENT_TYPE, notice.year().toString(), notice);
        return year;
    }

    /** Years loaded before a restart apply at once, without waiting for the topic. */
    void onStart(@Observes StartupEvent event) {
        List<CalendarYear> stored = CalendarYear.listAll();
        for (CalendarYear y : stored) {
            try {
                calendar.apply(mapper.readValue(y.notice, HolidayNotice.class));
            } catch (JsonProcessingException e) {
                LOG.errorf(e, "Stored notice for %d is unreadable", y.year);
            }
        }
    }

    private String json(HolidayNotice notice) {
        try {
            return mapper.writeValueAsString(notice);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
