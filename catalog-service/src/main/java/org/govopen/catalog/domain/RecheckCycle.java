package org.govopen.catalog.domain;

import java.time.LocalDate;
import java.time.MonthDay;

/**
 * How often a unit re-checks its documents that are not proactively disclosed (动态调整, rules.md §2,
 * configurable per unit): every two years (seed 000, the default), every year (seed 001), or each September
 * for the documents of earlier years (seed 002).
 */
public enum RecheckCycle {
    EVERY_TWO_YEARS("原则上每两年自查一次"),
    EVERY_YEAR("每年自查一次"),
    EACH_SEPTEMBER("每年9月份对以前年度的文件进行复核");

    private static final MonthDay END_OF_SEPTEMBER = MonthDay.of(9, 30);

    private final String label;

    RecheckCycle(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The day by which a document marked or last re-checked on {@code basis} is due for its next re-check. */
    public LocalDate nextRecheck(LocalDate basis) {
        return switch (this) {
            case EVERY_TWO_YEARS -> basis.plusYears(2);
            case EVERY_YEAR -> basis.plusYears(1);
            // the September after the basis year: a 2026 document is first re-checked in September 2027
            case EACH_SEPTEMBER -> END_OF_SEPTEMBER.atYear(basis.getYear() + 1);
        };
    }
}
