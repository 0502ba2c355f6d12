package org.govopen.catalog.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.govopen.catalog.domain.RequestTables;

/**
 * A unit's annual report on government information disclosure (政府信息公开工作年度报告) in the national format of
 * 国办公开办函〔2021〕30号: 一 overview; 二 proactive disclosure (documents counted from the catalogue, decisions and fees
 * as entered); 三 and 四 request-service's tables as it sent them ({@code requests}, null until received); 五 problems;
 * 六 other matters with the yearly counts seed 000 asks for. {@code missing} names what approval still needs.
 */
public record AnnualReportView(String unit, String unitName, int year, boolean department, String status,
                               String statusLabel, LocalDate dueOn, String due, String overview,
                               ProactiveDisclosure proactive, RequestTables requests, String problems,
                               OtherMatters otherMatters, List<String> missing, LocalDate approvedOn,
                               LocalDate publishedOn, OffsetDateTime generatedAt) {

    /** 二、主动公开政府信息情况. Null figures were not entered yet. */
    public record ProactiveDisclosure(DocumentCounts regulations, DocumentCounts normativeDocuments,
                                      Integer licensingDecisions, Integer punishmentDecisions,
                                      Integer enforcementDecisions, BigDecimal feesTenThousandYuan) {
    }

    /** 本年制发件数, 本年废止件数, 现行有效件数 (in force at the end of the year). */
    public record DocumentCounts(long issued, long repealed, long inForce) {
    }

    /**
     * 六、其他需要报告的事项: the text, how often the head heard the disclosure work, how many policies the head
     * interpreted (interpretations published this year by the head of the drafting department), and whether each
     * reaches the yearly minimum of seed 000.
     */
    public record OtherMatters(String text, Integer headHearings, long headInterpretations,
                               boolean headHeardDisclosureWork, boolean headInterpretedPolicy) {
    }
}
