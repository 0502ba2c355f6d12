package org.govopen.catalog.domain;

/** The form of a policy interpretation (政策解读形式, rules.md §2b). */
public enum InterpretationForm {
    QUESTIONS_AND_ANSWERS("简明问答"),
    GRAPHIC("图表图解"),
    CASE_STUDY("案例说明"),
    ONLINE_INTERVIEW("在线访谈"),
    AUDIO("音频"),
    VIDEO("视频"),
    PRESS_CONFERENCE("新闻发布会");

    private final String label;

    InterpretationForm(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
