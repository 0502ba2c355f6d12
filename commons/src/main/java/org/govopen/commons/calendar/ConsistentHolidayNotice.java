package org.govopen.commons.calendar;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A holiday notice whose dates belong to its year and do not contradict each other. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = HolidayNoticeValidator.class)
public @interface ConsistentHolidayNotice {
    String message() default "节假日安排不一致";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
