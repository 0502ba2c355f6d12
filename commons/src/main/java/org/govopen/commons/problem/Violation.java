package org.govopen.commons.problem;

/** One invalid field of a request: a dotted path such as {@code applicant.idNumber} or {@code holidays[1].offDays}. */
public record Violation(String field, String message) {
}
