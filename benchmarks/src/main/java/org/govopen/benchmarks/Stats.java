package org.govopen.benchmarks;

import org.HdrHistogram.Histogram;

/** Latency figures from a histogram of microseconds, printed the same way by every benchmark. */
final class Stats {

    private Stats() {
    }

    static Histogram histogram() {
        return new Histogram(60_000_000L, 3);
    }

    static String summary(Histogram h) {
        return String.format("n=%d p50=%.1f ms p90=%.1f ms p99=%.1f ms max=%.1f ms", h.getTotalCount(),
                h.getValueAtPercentile(50) / 1000.0, h.getValueAtPercentile(90) / 1000.0,
                h.getValueAtPercentile(99) / 1000.0, h.getMaxValue() / 1000.0);
    }
}
