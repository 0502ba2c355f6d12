package org.govopen.commons.calendar;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * One holiday of a year's notice (节假日安排): the named off days and the weekend days worked to make up
 * for them (调休上班日).
 */
public record Holiday(
        @NotBlank @Size(max = 40) String name,
        @NotNull @Valid DateRange offDays,
        List<@NotNull LocalDate> makeUpWorkdays) {

    public Holiday {
        makeUpWorkdays = makeUpWorkdays == null ? List.of() : List.copyOf(makeUpWorkdays);
    }
}
