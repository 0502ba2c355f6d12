package org.govopen.request.domain;

/** The result columns of the annual report's table of 行政复议 and 行政诉讼. */
public enum RemedyResult {
    MAINTAINED("结果维持"),
    CORRECTED("结果纠正"),
    OTHER("其他结果"),
    PENDING("尚未审结");

    private final String label;

    RemedyResult(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
