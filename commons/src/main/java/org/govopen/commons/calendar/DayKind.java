package org.govopen.commons.calendar;

/** Why a date is, or is not, a working day. */
public enum DayKind {
    /** Monday to Friday, no holiday. */
    WEEKDAY,
    /** Saturday or Sunday, not worked. */
    WEEKEND,
    /** A statutory off day named in a notice (法定节假日及调休放假日). */
    HOLIDAY,
    /** A Saturday or Sunday worked to make up for a holiday (调休上班日). */
    MAKE_UP_WORKDAY;

    public boolean isWorkingDay() {
        return this == WEEKDAY || this == MAKE_UP_WORKDAY;
    }
}
