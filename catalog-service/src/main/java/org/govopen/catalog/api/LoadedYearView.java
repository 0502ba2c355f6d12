package org.govopen.catalog.api;

import java.time.OffsetDateTime;
import org.govopen.commons.calendar.HolidayNotice;

/** A year's holiday notice as loaded: by whom and when. */
public record LoadedYearView(int year, OffsetDateTime loadedAt, String loadedBy, HolidayNotice notice) {
}
