package org.govopen.request.service;

import org.govopen.commons.deadline.DeadlineKey;
import org.govopen.request.domain.Application;

/** The kinds of deadline an application has, as rows of the kernel's deadline table. */
public final class ApplicationDeadlines {

    public static final String AGGREGATE = "application";
    /** 答复期限: 20 working days of receipt (第三十三条). */
    public static final String REPLY = "reply";
    /** 补正告知期限: the office's 7 working days to send a correction notice (第三十条). */
    public static final String CORRECTION_NOTICE = "correction-notice";
    /** 补正期限: the applicant's period to correct; its breach deems the application abandoned. */
    public static final String CORRECTION_PERIOD = "correction-period";
    /** 征求意见期限: 15 working days for the consulted party (第三十二条、第三十四条); ref = consultation id. */
    public static final String CONSULTATION = "consultation";
    /** 缴费期限: 20 working days to pay (国办函〔2020〕109号); its breach deems the application abandoned. */
    public static final String FEE_PAYMENT = "fee-payment";

    private ApplicationDeadlines() {
    }

    public static DeadlineKey key(Application a, String kind) {
        return DeadlineKey.of(AGGREGATE, a.aggregateId(), kind);
    }

    public static DeadlineKey key(Application a, String kind, String ref) {
        return new DeadlineKey(AGGREGATE, a.aggregateId(), kind, ref);
    }

    /** For alerts: the case number and what is due, never the applicant. */
    public static String label(Application a, String kind) {
        String what = switch (kind) {
            case REPLY -> "答复期限";
            case CORRECTION_NOTICE -> "补正告知期限";
            case CORRECTION_PERIOD -> "申请人补正期限";
            case CONSULTATION -> "征求意见答复期限";
            case FEE_PAYMENT -> "缴费期限";
            default -> kind;
        };
        return "依申请公开 " + a.caseNumber + " " + what;
    }
}
