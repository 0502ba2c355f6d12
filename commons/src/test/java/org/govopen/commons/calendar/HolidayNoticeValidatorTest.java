package org.govopen.commons.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/** A notice that contradicts itself or its year must never reach the calendar (rules.md §1). */
class HolidayNoticeValidatorTest {

    static final Validator validator = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    static Map<String, String> violations(HolidayNotice notice) {
        Set<ConstraintViolation<HolidayNotice>> found = validator.validate(notice);
        return found.stream().collect(Collectors.toMap(v -> v.getPropertyPath().toString(), ConstraintViolation::getMessage,
                (a, b) -> a + "; " + b));
    }

    @Test
    void everyBundledNoticeIsConsistent() {
        for (HolidayNotice notice : BundledNotices.load()) {
            assertEquals(Map.of(), violations(notice), "notice " + notice.year());
        }
    }

    /**
     * 21 overlapping holidays: only the list's size is reported — the validator does not compare 210 pairs of an
     * oversized list (a fuzzer's 5,000-element list would be 12.5 million comparisons).
     */
    @Test
    void aListOfMoreThanTwentyHolidaysIsRefusedForItsSizeAlone() {
        List<Holiday> many = new java.util.ArrayList<>();
        for (int i = 0; i <= HolidayNotice.MAX_HOLIDAYS; i++) {
            many.add(new Holiday("假日" + i, new DateRange(d("2027-05-01"), d("2027-05-05")), List.of()));
        }
        assertEquals(Set.of("holidays"), violations(new HolidayNotice(2027, null, null, many)).keySet());
        assertEquals(Set.of("holidays[1].offDays"), violations(new HolidayNotice(2027, null, null, many.subList(0, 2))).keySet());
    }

    @Test
    void aMakeUpWorkdayOnAWeekdayIsRejected() {
        var v = violations(new HolidayNotice(2027, null, null, List.of(
                new Holiday("春节", new DateRange(d("2027-02-06"), d("2027-02-12")), List.of(d("2027-02-15"))))));
        assertEquals(Set.of("holidays[0].makeUpWorkdays[0]"), v.keySet());
        assertTrue(v.get("holidays[0].makeUpWorkdays[0]").contains("周一"), v.toString());
    }

    @Test
    void datesOutsideTheNoticeYearAreRejected_butNewYearMayStartInDecember() {
        var v = violations(new HolidayNotice(2027, null, null, List.of(
                new Holiday("元旦", new DateRange(d("2026-12-31"), d("2027-01-02")), List.of(d("2026-12-27"))),
                new Holiday("国庆节", new DateRange(d("2028-10-01"), d("2028-10-07")), List.of()))));
        assertEquals(Set.of("holidays[1].offDays.to", "holidays[1].offDays.from"), v.keySet());
    }

    @Test
    void overlappingOffDayRangesAreRejected() {
        var v = violations(new HolidayNotice(2027, null, null, List.of(
                new Holiday("中秋节", new DateRange(d("2027-09-15"), d("2027-09-17")), List.of()),
                new Holiday("国庆节", new DateRange(d("2027-09-17"), d("2027-09-23")), List.of()))));
        assertEquals(Set.of("holidays[1].offDays"), v.keySet());
    }

    @Test
    void aDayCannotBeBothOffAndWorked_andRangesRunForwards() {
        var v = violations(new HolidayNotice(2027, null, null, List.of(
                new Holiday("劳动节", new DateRange(d("2027-05-01"), d("2027-05-05")), List.of(d("2027-05-01"))),
                new Holiday("端午节", new DateRange(d("2027-06-10"), d("2027-06-08")), List.of()))));
        assertEquals(Set.of("holidays[0].makeUpWorkdays[0]", "holidays[1].offDays.to"), v.keySet());
    }

    @Test
    void missingFieldsAreNamed() {
        var v = violations(new HolidayNotice(null, null, null, List.of(new Holiday(" ", null, null))));
        assertEquals(Set.of("year", "holidays[0].name", "holidays[0].offDays"), v.keySet());
    }
}
