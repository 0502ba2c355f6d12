package org.govopen.commons.validation;

import io.quarkus.arc.Arc;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.govopen.commons.calendar.WorkdayCalendar;
import org.govopen.commons.time.GovClock;

/** {@link NotAfterToday}, measured with the {@link GovClock} bean (looked up per call, so a test's clock applies). */
public final class NotAfterTodayValidator {

    private NotAfterTodayValidator() {
    }

    static boolean notAfterToday(LocalDate day, ConstraintValidatorContext context) {
        if (day == null) {
            return true;
        }
        LocalDate today = Arc.container().instance(GovClock.class).get().today();
        if (!day.isAfter(today)) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate() + "（今天是 " + today + "）")
                .addConstraintViolation();
        return false;
    }

    public static final class ForDate implements ConstraintValidator<NotAfterToday, LocalDate> {
        @Override
        public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
            return notAfterToday(value, context);
        }
    }

    public static final class ForTime implements ConstraintValidator<NotAfterToday, OffsetDateTime> {
        @Override
        public boolean isValid(OffsetDateTime value, ConstraintValidatorContext context) {
            return notAfterToday(value == null ? null : value.atZoneSameInstant(WorkdayCalendar.ZONE).toLocalDate(), context);
        }
    }
}
