package org.govopen.catalog.domain;

/**
 * The fifteen items of a random inspection of disclosure work (三随机抽查巡检内容, the attachment of seed 003; rules.md
 * §2b), in the attachment's order.
 */
public enum InspectionItem {
    LEADERSHIP_AND_STAFF("负责政务公开工作领导和人员情况"),
    LEADERS_ATTENTION("领导对政务公开工作重视情况"),
    FIVE_DISCLOSURES_IN_PROCEDURES("五公开纳入办文办会程序情况"),
    DOCUMENT_ATTRIBUTES("建立公文公开属性认定情况"),
    PROACTIVE_CATALOGUE("完成主动公开基本目录及其公开实施情况"),
    PLATFORMS("政务公开平台建设情况"),
    OPEN_MEETINGS("推进会议开放情况"),
    DECISION_PRE_DISCLOSURE("重大行政决策预公开情况"),
    POLICY_INTERPRETATION("政策解读落实情况"),
    OPINION_RESPONSE("舆情回应落实情况"),
    APPLICATIONS("依申请公开办理落实情况"),
    PUBLIC_PARTICIPATION("扩大公众参与情况"),
    TRAINING("政务公开培训情况"),
    ANNUAL_REPORT("政府信息公开工作年度报告发布情况"),
    HIGHER_LEVEL_TASKS("对上级政府当年部署的政务公开工作推进情况");

    private final String label;

    InspectionItem(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
