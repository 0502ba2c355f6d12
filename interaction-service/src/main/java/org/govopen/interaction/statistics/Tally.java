package org.govopen.interaction.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The figures of a set of messages, added up from rollup rows (days or months) and the live count of open messages
 * past their due date. Medians come from the histograms: working days and whole hours, the last bucket counting the
 * cap or more.
 */
final class Tally {

    long received;
    long replied;
    long onTime;
    long late;
    long openOverdue;
    long daysSum;
    BigDecimal hoursSum = BigDecimal.ZERO;
    long[] daysHist = new long[StatisticsRollup.MAX_DAYS + 1];
    long[] hoursHist = new long[StatisticsRollup.MAX_HOURS + 1];
    long rated;
    long satisfied;
    long returns;
    long reassignments;

    void add(Tally o) {
        received += o.received;
        replied += o.replied;
        onTime += o.onTime;
        late += o.late;
        openOverdue += o.openOverdue;
        daysSum += o.daysSum;
        hoursSum = hoursSum.add(o.hoursSum);
        for (int i = 0; i < daysHist.length; i++) {
            daysHist[i] += o.daysHist[i];
        }
        for (int i = 0; i < hoursHist.length; i++) {
            hoursHist[i] += o.hoursHist[i];
        }
        rated += o.rated;
        satisfied += o.satisfied;
        returns += o.returns;
        reassignments += o.reassignments;
    }

    static void addHistogram(long[] into, Integer[] counts) {
        for (int i = 0; i < counts.length && i < into.length; i++) {
            if (counts[i] != null) {
                into[i] += counts[i];
            }
        }
    }

    long overdue() {
        return late + openOverdue;
    }

    BigDecimal onTimeRate() {
        return ratio(onTime, onTime + overdue());
    }

    BigDecimal satisfactionRate() {
        return ratio(satisfied, rated);
    }

    BigDecimal averageDays() {
        long n = count(daysHist);
        return n == 0 ? null : BigDecimal.valueOf(daysSum).divide(BigDecimal.valueOf(n), 2, RoundingMode.HALF_UP);
    }

    BigDecimal averageHours() {
        long n = count(hoursHist);
        return n == 0 ? null : hoursSum.divide(BigDecimal.valueOf(n), 2, RoundingMode.HALF_UP);
    }

    BigDecimal medianDays() {
        return median(daysHist);
    }

    BigDecimal medianHours() {
        return median(hoursHist);
    }

    private static BigDecimal ratio(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }

    private static long count(long[] hist) {
        long n = 0;
        for (long c : hist) {
            n += c;
        }
        return n;
    }

    /** The middle value (the mean of the two middle ones for an even count); null without values. */
    static BigDecimal median(long[] hist) {
        long n = count(hist);
        if (n == 0) {
            return null;
        }
        long lower = valueAt(hist, (n - 1) / 2);
        long upper = valueAt(hist, n / 2);
        return BigDecimal.valueOf(lower + upper).divide(BigDecimal.valueOf(2), 1, RoundingMode.HALF_UP);
    }

    /** The value of the {@code position}-th smallest (0-based). */
    private static long valueAt(long[] hist, long position) {
        long seen = 0;
        for (int i = 0; i < hist.length; i++) {
            seen += hist[i];
            if (seen > position) {
                return i;
            }
        }
        return hist.length - 1;
    }
}
