package org.govopen.catalog.domain;

/** Who takes part in or sits in on a decision's meetings (利益相关方、公众代表、专家、媒体列席). */
public enum ParticipantCategory {
    STAKEHOLDER("利益相关方"),
    PUBLIC_REPRESENTATIVE("公众代表"),
    EXPERT("专家"),
    MEDIA("媒体");

    private final String label;

    ParticipantCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Attends as a private person, whose name the public sees masked. */
    public boolean isPrivatePerson() {
        return this == STAKEHOLDER || this == PUBLIC_REPRESENTATIVE;
    }
}
