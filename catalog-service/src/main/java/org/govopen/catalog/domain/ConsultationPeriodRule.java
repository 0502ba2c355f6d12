package org.govopen.catalog.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import org.govopen.commons.calendar.WorkdayCalendar;

/**
 * The comment period of a major administrative decision's draft (重大行政决策 公开征求意见): at least
 * {@value #MINIMUM_DAYS} days unless it is shortened for a stated reason (重大行政决策程序暂行条例 第十四条; rules.md
 * §2b). Days are calendar days counted from the day after the draft is published — the day it opens does not count
 * (期间开始的当日不计入, 民法典 第二百零一条) — and the consultation closes at the end of its last day, Asia/Shanghai.
 */
public final class ConsultationPeriodRule {

    /** The shortest period without a reason. */
    public static final int MINIMUM_DAYS = 30;

    private ConsultationPeriodRule() {
    }

    /** The period's length in days: from the day after {@code opensOn} up to and including {@code closesOn}. */
    public static long days(LocalDate opensOn, LocalDate closesOn) {
        return ChronoUnit.DAYS.between(opensOn, closesOn);
    }

    /** The earliest last day of a consultation opened on {@code opensOn} that needs no reason. */
    public static LocalDate earliestCloseWithoutReason(LocalDate opensOn) {
        return opensOn.plusDays(MINIMUM_DAYS);
    }

    /** When comments stop being taken: the end of the last day. */
    public static OffsetDateTime closesAt(LocalDate closesOn) {
        return WorkdayCalendar.endOf(closesOn);
    }

    /**
     * What is wrong with the period, in Chinese for the problem's violation; null when it is allowed. A period shorter
     * than {@value #MINIMUM_DAYS} days is allowed only with a reason (说明理由).
     */
    public static String problem(LocalDate opensOn, LocalDate closesOn, String reasonForShorter) {
        if (!closesOn.isAfter(opensOn)) {
            return "征求意见截止日期须晚于公布日期";
        }
        long days = days(opensOn, closesOn);
        if (days < MINIMUM_DAYS && (reasonForShorter == null || reasonForShorter.isBlank())) {
            return "征求意见期限为 " + days + " 日，少于 " + MINIMUM_DAYS + " 日的须说明理由（最早无须说明理由的截止日期："
                    + earliestCloseWithoutReason(opensOn) + "）";
        }
        return null;
    }
}
