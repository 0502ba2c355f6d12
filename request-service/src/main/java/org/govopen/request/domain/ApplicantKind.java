package org.govopen.request.domain;

/**
 * Who applies, as the columns of the national annual-report table (国办公开办函〔2021〕30号): 自然人, and the five
 * kinds of 法人或其他组织.
 */
public enum ApplicantKind {
    NATURAL_PERSON("自然人"),
    COMMERCIAL_ENTERPRISE("商业企业"),
    RESEARCH_INSTITUTION("科研机构"),
    SOCIAL_WELFARE_ORGANIZATION("社会公益组织"),
    LEGAL_SERVICE_ORGANIZATION("法律服务机构"),
    OTHER_ORGANIZATION("其他");

    private final String label;

    ApplicantKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isNaturalPerson() {
        return this == NATURAL_PERSON;
    }
}
