package org.govopen.sentiment.domain;

/** One rung of an escalation chain (升级链), resolved to a unit by {@link EscalationRule}. */
public enum EscalationStep {
    /** 责任单位 — the responsible department of the responsible government */
    RESPONSIBLE_UNIT("责任单位"),
    /** 本级政务公开办公室 — the disclosure office of the responsible government */
    DISCLOSURE_OFFICE("政务公开办公室"),
    /** 上级政府 — the government above the responsible one */
    GOVERNMENT_ABOVE("上级政府");

    private final String label;

    EscalationStep(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
