package org.govopen.sentiment.domain;

/**
 * The seven kinds of government-affairs opinion that must be collected and answered (seed 003 §三(二), rules.md §4).
 */
public enum IncidentKind {
    /** 涉及重要决策部署和政府常务会议的舆情信息 */
    MAJOR_DECISION("涉及重要决策部署"),
    /** 涉及公众切身利益且可能产生较大影响的媒体报道 */
    PUBLIC_INTEREST("涉及公众切身利益"),
    /** 引发媒体和公众关切、可能有损政府形象的舆情信息 */
    GOVERNMENT_IMAGE("可能有损政府形象"),
    /** 涉及重大突发事件处置、自然灾害应对、重大活动举办的舆情信息 */
    EMERGENCY("重大突发事件、自然灾害、重大活动"),
    /** 严重冲击社会道德底线的民生舆情信息 */
    MORAL_OUTRAGE("冲击社会道德底线"),
    /** 严重危害社会秩序和国家利益的不实信息 */
    FALSE_INFORMATION("危害社会秩序的不实信息"),
    /** 上级政府要求下级政府回应的舆情信息 */
    HIGHER_GOVERNMENT_REQUEST("上级政府要求回应");

    private final String label;

    IncidentKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
