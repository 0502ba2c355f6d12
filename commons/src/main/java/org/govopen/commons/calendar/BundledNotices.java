package org.govopen.commons.calendar;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The holiday notices shipped with the product (cn-workday-calendar.md, 2019–2026), read from
 * {@code govopen/calendar/cn-holiday-notices.json}. Years published later are loaded at run time.
 */
public final class BundledNotices {

    public static final String RESOURCE = "govopen/calendar/cn-holiday-notices.json";

    record File(String format, List<HolidayNotice> notices) {
    }

    private BundledNotices() {
    }

    public static List<HolidayNotice> load() {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        try (InputStream in = BundledNotices.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return mapper.readValue(in, File.class).notices();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    public static WorkdayCalendar calendar() {
        return WorkdayCalendar.of(load());
    }
}
