package org.govopen.request.domain;

/** The form the applicant wants the information in (政府信息的提供形式, 条例第四十条). */
public enum ProvisionForm {
    PAPER("纸质文本"),
    ELECTRONIC("电子文本"),
    VIEWING("查阅"),
    OTHER("其他");

    private final String label;

    ProvisionForm(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
