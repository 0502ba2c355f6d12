package org.govopen.request.domain;

/** The two scales of 国办函〔2020〕109号; an application is charged by one of them, never both. */
public enum FeeMethod {
    /** 按件计收: by the number of applications of the applicant in the calendar month */
    BY_COUNT("按件计收"),
    /** 按量计收: by the volume (pages) of the information provided for this application */
    BY_VOLUME("按量计收");

    private final String label;

    FeeMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
