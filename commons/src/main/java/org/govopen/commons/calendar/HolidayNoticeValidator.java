package org.govopen.commons.calendar;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a notice before it changes every deadline in the system:
 * <ul>
 *   <li>every date lies in the notice's year, or in the December before it (the New Year holiday of a
 *       notice may start, and be made up, in the previous December: 2019's began on 2018-12-30);</li>
 *   <li>an off-day range runs forwards, is at most 15 days long and ends in the notice's year;</li>
 *   <li>off-day ranges do not overlap; a make-up working day is a Saturday or Sunday, is listed once and is
 *       not also an off day.</li>
 * </ul>
 * Messages are Chinese: they reach the administrator who loads the notice.
 */
public class HolidayNoticeValidator implements ConstraintValidator<ConsistentHolidayNotice, HolidayNotice> {

    static final int LONGEST_HOLIDAY_DAYS = 15;

    @Override
    public boolean isValid(HolidayNotice notice, ConstraintValidatorContext context) {
        if (notice == null || notice.year() == null || notice.holidays() == null
                || notice.holidays().size() > HolidayNotice.MAX_HOLIDAYS) {
            return true; // field constraints report these; pairs of an oversized list are never compared
        }
        context.disableDefaultConstraintViolation();
        int year = notice.year();
        boolean valid = true;
        Map<LocalDate, String> seen = new HashMap<>();
        List<Holiday> holidays = notice.holidays();
        for (int i = 0; i < holidays.size(); i++) {
            Holiday h = holidays.get(i);
            if (h == null || h.offDays() == null || h.offDays().from() == null || h.offDays().to() == null) {
                continue;
            }
            DateRange off = h.offDays();
            String at = "holidays[" + i + "].offDays";
            if (off.to().isBefore(off.from())) {
                valid = fail(context, at + ".to", "放假结束日 " + off.to() + " 早于开始日 " + off.from());
                continue;
            }
            if (ChronoUnit.DAYS.between(off.from(), off.to()) + 1 > LONGEST_HOLIDAY_DAYS) {
                valid = fail(context, at, "放假区间超过 " + LONGEST_HOLIDAY_DAYS + " 天，请检查日期");
            }
            if (off.to().getYear() != year) {
                valid = fail(context, at + ".to", "放假结束日 " + off.to() + " 不在 " + year + " 年");
            }
            if (!inNoticeWindow(off.from(), year)) {
                valid = fail(context, at + ".from", "放假开始日 " + off.from() + " 不在 " + year + " 年（元旦假期可始于上年12月）");
            }
            for (int j = 0; j < i; j++) {
                Holiday other = holidays.get(j);
                if (other != null && other.offDays() != null && other.offDays().from() != null
                        && other.offDays().to() != null && off.overlaps(other.offDays())) {
                    valid = fail(context, at, "放假区间与" + other.name() + "（" + other.offDays().from() + " 至 "
                            + other.offDays().to() + "）重叠");
                }
            }
            off.dates().forEach(d -> seen.put(d, h.name()));
        }
        for (int i = 0; i < holidays.size(); i++) {
            Holiday h = holidays.get(i);
            if (h == null || h.makeUpWorkdays() == null) {
                continue;
            }
            for (int k = 0; k < h.makeUpWorkdays().size(); k++) {
                LocalDate d = h.makeUpWorkdays().get(k);
                if (d == null) {
                    continue;
                }
                String at = "holidays[" + i + "].makeUpWorkdays[" + k + "]";
                DayOfWeek dow = d.getDayOfWeek();
                if (dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY) {
                    valid = fail(context, at, "调休上班日 " + d + " 是" + chineseWeekday(dow) + "，必须是周六或周日");
                }
                if (!inNoticeWindow(d, year)) {
                    valid = fail(context, at, "调休上班日 " + d + " 不在 " + year + " 年（元旦调休可在上年12月）");
                }
                String clash = seen.putIfAbsent(d, h.name() + "调休");
                if (clash != null) {
                    valid = fail(context, at, "日期 " + d + " 已是" + clash + "，不能重复列出");
                }
            }
        }
        return valid;
    }

    private static boolean inNoticeWindow(LocalDate d, int year) {
        return d.getYear() == year || (d.getYear() == year - 1 && d.getMonthValue() == 12);
    }

    private static boolean fail(ConstraintValidatorContext context, String path, String message) {
        context.buildConstraintViolationWithTemplate(escape(message)).addPropertyNode(path).addConstraintViolation();
        return false;
    }

    /** Messages are templates; a literal '{' or '$' in a holiday name must not be interpolated. */
    private static String escape(String message) {
        return message.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
    }

    private static String chineseWeekday(DayOfWeek dow) {
        return switch (dow) {
            case MONDAY -> "周一";
            case TUESDAY -> "周二";
            case WEDNESDAY -> "周三";
            case THURSDAY -> "周四";
            case FRIDAY -> "周五";
            case SATURDAY -> "周六";
            case SUNDAY -> "周日";
        };
    }
}
