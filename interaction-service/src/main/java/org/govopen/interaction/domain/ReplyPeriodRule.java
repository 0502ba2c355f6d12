package org.govopen.interaction.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;
import org.govopen.commons.calendar.DueDate;
import org.govopen.commons.calendar.WorkdayCalendar;

/**
 * Rules.md §5 (seed 002 二（七）1): a message is answered within 5 working days, a simple and common question within
 * 1 working day, counted from its receipt on the platform — for a ticket the 12345 hotline transferred, from the
 * transfer, never from the dispatch inside the office (the clock FixMyStreet started at the wrong moment). "Within N
 * working days of D" is the kernel's (rules.md §1): D itself never counts, due by the end of the N-th working day.
 */
public final class ReplyPeriodRule {

    public static final int WORKING_DAYS = 5;
    public static final int SIMPLE_WORKING_DAYS = 1;

    private ReplyPeriodRule() {
    }

    /**
     * When the unit is warned (not a rule of rules.md; the product's): a 5-day period on the working day before its
     * due date, a 1-day period on the morning of its due date — its day before is the day of receipt, so a warning
     * "one working day before" would fire at once. In the kernel's terms: working days before the due date, 0 for the
     * due date itself.
     */
    public static int warningWorkingDays(boolean simple) {
        return simple ? 0 : 1;
    }

    /** How many working days the reply may take. */
    public static int workingDays(boolean simple) {
        return simple ? SIMPLE_WORKING_DAYS : WORKING_DAYS;
    }

    /**
     * The day the clock counts from: the transfer for a hotline ticket, the receipt for everything else (Beijing time).
     * The dispatch is not a parameter on purpose.
     */
    public static LocalDate basis(MessageChannel channel, OffsetDateTime receivedAt, OffsetDateTime transferredAt) {
        OffsetDateTime from = channel == MessageChannel.HOTLINE_12345
                ? Objects.requireNonNull(transferredAt, "a hotline ticket has a transfer time") : receivedAt;
        return from.atZoneSameInstant(WorkdayCalendar.ZONE).toLocalDate();
    }

    public static DueDate dueDate(WorkdayCalendar calendar, MessageChannel channel, OffsetDateTime receivedAt,
                                  OffsetDateTime transferredAt, boolean simple) {
        return calendar.dueDate(basis(channel, receivedAt, transferredAt), workingDays(simple));
    }
}
