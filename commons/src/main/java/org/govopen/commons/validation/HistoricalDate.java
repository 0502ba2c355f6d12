package org.govopen.commons.validation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A date of the record that may lie before 2000 — the day an existing document was formed (a clean-up of normative
 * documents reaches back to the 1990s): the kernel's {@code StrictJson} bounds it by {@link DateBounds#HISTORICAL_MIN}
 * (1949-10-01) instead of {@link DateBounds#MIN}. Never for a date a deadline counts from.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.RECORD_COMPONENT})
public @interface HistoricalDate {
}
