package org.govopen.request.domain;

/**
 * 条例第三十三条 (rules.md §3): reply within 20 working days of receipt; one extension of at most 20 more
 * working days, approved by the head of the disclosure office, with notice to the applicant.
 */
public final class ReplyPeriodRule {

    public static final int WORKING_DAYS = 20;
    public static final int MAX_EXTENSION_WORKING_DAYS = 20;
    public static final int EXTENSIONS_ALLOWED = 1;

    private ReplyPeriodRule() {
    }
}
