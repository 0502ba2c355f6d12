package org.govopen.sentiment.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Rules.md §4 — which windows a response answers. The first response of the right kind satisfies its window
 * (seed 003 §三). A stronger form includes the weaker: authoritative information released is also the facts released,
 * a press conference releases authoritative information; any response answers the 48-hour window of an ordinary
 * incident (国办发〔2016〕61号 "作出回应"), but the other replies (答复网民) answer nothing else.
 */
public final class ResponseSatisfactionRule {

    private ResponseSatisfactionRule() {
    }

    public static Set<ResponseWindowKind> satisfies(ResponseKind kind) {
        return switch (kind) {
            case FACTS -> EnumSet.of(ResponseWindowKind.FACTS, ResponseWindowKind.RESPONSE);
            case AUTHORITATIVE_INFORMATION -> EnumSet.of(ResponseWindowKind.AUTHORITATIVE_INFORMATION,
                    ResponseWindowKind.FACTS, ResponseWindowKind.RESPONSE);
            case PRESS_CONFERENCE -> EnumSet.allOf(ResponseWindowKind.class);
            case OTHER -> EnumSet.of(ResponseWindowKind.RESPONSE);
        };
    }
}
