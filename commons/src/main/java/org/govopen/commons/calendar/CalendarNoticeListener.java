package org.govopen.commons.calendar;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.govopen.commons.events.InboundEvent;
import org.govopen.commons.events.PoisonEventException;

/**
 * Applies calendar years published on {@code govopen.reference.calendar}. Every instance reads the compacted
 * topic from its beginning (a consumer group of its own), so a restarted service knows every loaded year.
 * Applying a year is idempotent, so no processed-event log is needed here. An unreadable or inconsistent
 * notice goes to the dead-letter topic.
 */
@ApplicationScoped
public class CalendarNoticeListener {

    public static final String CHANNEL = "govopen-calendar";
    public static final String EVENT_TYPE = "govopen.reference.calendar.year-loaded";

    @Inject
    CurrentCalendar calendar;

    @Inject
    ObjectMapper mapper;

    @Inject
    Validator validator;

    @Incoming(CHANNEL)
    @Blocking
    public void onNotice(ConsumerRecord<String, String> record) {
        InboundEvent event = InboundEvent.of(record);
        if (!EVENT_TYPE.equals(event.type())) {
            return; // other reference data types may share the topic later
        }
        HolidayNotice notice;
        try {
            notice = mapper.readValue(event.data(), HolidayNotice.class);
        } catch (Exception e) {
            throw new PoisonEventException("unreadable holiday notice in event " + event.id(), e);
        }
        Set<ConstraintViolation<HolidayNotice>> violations = validator.validate(notice);
        if (!violations.isEmpty()) {
            throw new PoisonEventException("inconsistent holiday notice in event " + event.id() + ": " + violations);
        }
        calendar.apply(notice);
    }
}
