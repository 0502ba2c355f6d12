package org.govopen.request.domain;

/** The identity document an applicant gives (身份证明). */
public enum IdDocumentType {
    RESIDENT_ID_CARD("居民身份证"),
    PASSPORT("护照"),
    HK_MACAO_TAIWAN_PERMIT("港澳台居民证件"),
    FOREIGNER_RESIDENCE_PERMIT("外国人永久居留身份证"),
    UNIFIED_SOCIAL_CREDIT_CODE("统一社会信用代码"),
    OTHER("其他证件");

    private final String label;

    IdDocumentType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
