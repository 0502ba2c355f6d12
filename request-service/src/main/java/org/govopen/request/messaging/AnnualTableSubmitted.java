package org.govopen.request.messaging;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.govopen.request.api.AnnualReportView;
import org.govopen.request.domain.RemedyResult;

/**
 * The data of {@code govopen.request.annual-table.submitted} (docs/events): a unit's finished tables of a year, sent
 * to catalog-service for sections 三 and 四 of the annual report (政府信息公开工作年度报告), which takes them as they are
 * and never counts again. No personal data: counts only.
 */
public record AnnualTableSubmitted(
        int year,
        String unit,
        OffsetDateTime generatedAt,
        List<String> columns,
        Map<String, String> columnLabels,
        List<AnnualReportView.Row> rows,
        Map<String, String> remedyResultLabels,
        List<AnnualReportView.RemedyColumn> remedyColumns) {

    public static final String TYPE = "govopen.request.annual-table.submitted";

    public static AnnualTableSubmitted of(AnnualReportView table) {
        Map<String, String> results = new LinkedHashMap<>();
        for (RemedyResult r : RemedyResult.values()) {
            results.put(r.name(), r.label());
        }
        results.put("TOTAL", "总计");
        return new AnnualTableSubmitted(table.year(), table.unit(), table.generatedAt(), table.columns(),
                table.columnLabels(), table.rows(), results, table.remedyColumns());
    }
}
