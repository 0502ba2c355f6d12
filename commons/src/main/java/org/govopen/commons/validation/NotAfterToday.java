package org.govopen.commons.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The day something already happened (submitted, received, paid, noticed): today at the latest, where "today" is
 * {@link org.govopen.commons.time.GovClock#today()} in Asia/Shanghai — never the system clock, so tests that move the
 * clock move this too. Null is valid (combine with {@code @NotNull} where the field is required). Applies to
 * {@code LocalDate} (the day itself) and {@code OffsetDateTime} (its day in Asia/Shanghai).
 */
@Documented
@Constraint(validatedBy = {NotAfterTodayValidator.ForDate.class, NotAfterTodayValidator.ForTime.class})
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface NotAfterToday {

    String message() default "不能晚于今天";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
