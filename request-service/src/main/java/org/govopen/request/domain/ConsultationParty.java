package org.govopen.request.domain;

/** Whom the office consults (征求意见对象). */
public enum ConsultationParty {
    /** 第三方 (条例第三十二条): its trade secrets or privacy may be touched. */
    THIRD_PARTY("第三方"),
    /** 共同制作机关 (条例第三十四条): another agency that produced the information with this one. */
    AGENCY("共同制作机关");

    private final String label;

    ConsultationParty(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
