package org.govopen.request.domain;

import java.math.BigDecimal;

/**
 * Information-processing fees, 国办函〔2020〕109号 (rules.md §3 "Fees"), charged by one scale, never both:
 * <ul>
 *   <li><b>by count</b>, per applicant per calendar month: applications 1–10 free, 11–30 at 100 元 each, and
 *       from the 31st every further band of 10 adds 100 元 per application (31–40: 200 元, 41–50: 300 元, …);</li>
 *   <li><b>by volume</b>, progressive bands of pages: up to 30 free, 31–100 at 10 元, 101–200 at 20 元, 201 and
 *       more at 40 元 per page.</li>
 * </ul>
 * The applicant pays within 20 working days from the day after receiving the fee notice, else the application
 * is deemed abandoned (其他处理 2); the time from notice to payment is not counted in the reply period.
 */
public final class FeeRule {

    public static final int PAYMENT_WITHIN_WORKING_DAYS = 20;
    public static final int FREE_APPLICATIONS_PER_MONTH = 10;
    public static final int FREE_PAGES = 30;

    private FeeRule() {
    }

    /** The fee for the {@code ordinal}-th application (1-based) of one applicant in one calendar month. */
    public static BigDecimal byCount(int ordinal) {
        if (ordinal < 1) {
            throw new IllegalArgumentException("the ordinal of an application starts at 1: " + ordinal);
        }
        if (ordinal <= FREE_APPLICATIONS_PER_MONTH) {
            return BigDecimal.ZERO;
        }
        if (ordinal <= 30) {
            return BigDecimal.valueOf(100);
        }
        int band = (ordinal - 31) / 10; // 31–40 → 0, 41–50 → 1, …
        return BigDecimal.valueOf(200L + 100L * band);
    }

    /** The fee for {@code pages} pages of one application, by progressive bands. */
    public static BigDecimal byVolume(int pages) {
        if (pages < 0) {
            throw new IllegalArgumentException("pages must not be negative: " + pages);
        }
        long fee = 10L * bandPages(pages, 30, 100) + 20L * bandPages(pages, 100, 200) + 40L * Math.max(0, pages - 200);
        return BigDecimal.valueOf(fee);
    }

    public static BigDecimal fee(FeeMethod method, int monthOrdinal, int pages) {
        return method == FeeMethod.BY_COUNT ? byCount(monthOrdinal) : byVolume(pages);
    }

    /** Pages of {@code pages} that fall in the band (lower, upper]. */
    private static int bandPages(int pages, int lower, int upper) {
        return Math.max(0, Math.min(pages, upper) - lower);
    }
}
