package org.govopen.request.domain;

/**
 * 条例第三十五条 (rules.md §3 "Excessive requests"): an applicant whose number or frequency of applications is
 * clearly excessive may be asked for reasons, and the office may set a later reply date. GovOpen flags an
 * application when it is more than the configured number of the applicant's applications in one calendar month
 * (default {@value #DEFAULT_PER_MONTH}, the free band of 国办函〔2020〕109号); the flag informs, the office decides.
 */
public final class ExcessiveRequestRule {

    public static final int DEFAULT_PER_MONTH = 10;

    private ExcessiveRequestRule() {
    }

    /** True when the {@code ordinal}-th application of the month is past {@code perMonth}. */
    public static boolean isExcessive(int ordinal, int perMonth) {
        return ordinal > perMonth;
    }
}
