package org.govopen.sentiment.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Incidents of a unit (and the units below) established in a period: by level and kind, and per window kind how
 * many were owed, met in time, answered late or missed, the share met and the median lag of those answered; and
 * their hand-off orders, with those overdue.
 */
public record IncidentReportView(String unit, LocalDate from, LocalDate to, long incidents, Map<String, Long> byLevel,
                                 Map<String, Long> byKind, List<WindowFigures> windows, Orders orders) {

    /** Hand-off orders of those incidents: how many, answered finally, overdue (past the deadline without it). */
    public record Orders(long total, long finalFeedback, long overdue) {
    }

    public record WindowFigures(String window, long owed, long met, long late, long missed, long open,
                                Double metPercent, Double medianLagSeconds) {
    }
}
