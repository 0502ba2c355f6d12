package org.govopen.commons.calendar;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.stream.Stream;

/** An inclusive range of dates, {@code from} to {@code to}. */
public record DateRange(@NotNull LocalDate from, @NotNull LocalDate to) {

    public boolean contains(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(to);
    }

    public boolean overlaps(DateRange other) {
        return !other.to.isBefore(from) && !other.from.isAfter(to);
    }

    public Stream<LocalDate> dates() {
        return from.datesUntil(to.plusDays(1));
    }
}
