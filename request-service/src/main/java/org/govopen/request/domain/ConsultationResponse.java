package org.govopen.request.domain;

public enum ConsultationResponse {
    CONSENT("同意公开"),
    OBJECTION("不同意公开"),
    /** a third party did not answer within 15 working days: the office decides */
    NO_RESPONSE("逾期未答复，由行政机关依法决定"),
    /** an agency did not answer within 15 working days: consent is assumed */
    CONSENT_ASSUMED("逾期未答复，视为同意");

    private final String label;

    ConsultationResponse(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isSilence() {
        return this == NO_RESPONSE || this == CONSENT_ASSUMED;
    }
}
