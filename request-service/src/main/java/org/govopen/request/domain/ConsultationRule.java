package org.govopen.request.domain;

/**
 * 条例第三十二条、第三十四条 (rules.md §3 "Consultation"): a third party, or an agency that produced the information
 * with this one, has 15 working days to answer; the time taken is not counted in the reply period. Silence: for
 * a third party the office decides; for an agency consent is assumed.
 */
public final class ConsultationRule {

    public static final int ANSWER_WITHIN_WORKING_DAYS = 15;

    private ConsultationRule() {
    }

    /** What silence means once the 15 working days have passed. */
    public static ConsultationResponse silence(ConsultationParty party) {
        return party == ConsultationParty.AGENCY ? ConsultationResponse.CONSENT_ASSUMED : ConsultationResponse.NO_RESPONSE;
    }
}
