package org.govopen.request.domain;

/**
 * 条例第三十条 (rules.md §3 "Correction"): within 7 working days of receipt the office sends one single notice
 * listing everything to correct, with a reasonable period; the reply period starts again from the day the
 * corrected application arrives; no correction in time → the application is deemed abandoned (其他处理 1).
 * The "reasonable period" is the office's to set; {@value #DEFAULT_PERIOD_WORKING_DAYS} working days unless it
 * says otherwise, at most {@value #MAX_PERIOD_WORKING_DAYS}.
 */
public final class CorrectionRule {

    public static final int NOTICE_WITHIN_WORKING_DAYS = 7;
    public static final int NOTICES_ALLOWED = 1;
    public static final int DEFAULT_PERIOD_WORKING_DAYS = 15;
    public static final int MAX_PERIOD_WORKING_DAYS = 60;

    private CorrectionRule() {
    }

    /** The last day the office may send the correction notice: the 7th working day after receipt. */
    public static java.time.LocalDate lastNoticeDay(org.govopen.commons.calendar.WorkdayCalendar calendar,
                                                    java.time.LocalDate receivedOn) {
        return calendar.addWorkingDays(receivedOn, NOTICE_WITHIN_WORKING_DAYS);
    }
}
