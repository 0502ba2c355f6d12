package org.govopen.commons.calendar;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A year's holiday arrangement as published by the State Council General Office
 * (国务院办公厅关于某年部分节假日安排的通知). Calendar years are data, not code (rules.md §1): a notice is
 * loaded at run time and every service applies it.
 */
@ConsistentHolidayNotice
public record HolidayNotice(
        @NotNull @Min(2000) @Max(2100) Integer year,
        @Size(max = 200) String source,
        @Size(max = 500) String note,
        @NotEmpty @Size(max = HolidayNotice.MAX_HOLIDAYS) List<@NotNull @Valid Holiday> holidays) {

    /** More holidays than any State Council notice has; a longer list is refused before its pairs are compared. */
    public static final int MAX_HOLIDAYS = 20;

    public HolidayNotice {
        holidays = holidays == null ? List.of() : List.copyOf(holidays);
    }
}
