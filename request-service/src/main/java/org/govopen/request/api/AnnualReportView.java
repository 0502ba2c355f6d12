package org.govopen.request.api;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * The national annual-report tables of 依申请公开 (条例第四十九、五十条; 国办公开办函〔2021〕30号):
 * applications by applicant kind (rows 一–四 with every outcome sub-row) and administrative review and litigation.
 *
 * @param columns       applicant-kind columns in table order, then {@code TOTAL}
 * @param rows          the rows of the first table in order; {@code counts} keyed by column
 * @param remedyColumns the second table: per kind (行政复议, 未经复议直接起诉, 复议后起诉) the counts per result and total
 * @param dueOn         when the report is due ({@code AnnualReportDeadlineRule}), and {@code due} what is due then
 */
public record AnnualReportView(
        int year,
        String unit,
        boolean includeSubunits,
        OffsetDateTime generatedAt,
        List<String> columns,
        Map<String, String> columnLabels,
        List<Row> rows,
        List<RemedyColumn> remedyColumns,
        java.time.LocalDate dueOn,
        String due) {

    public record Row(String code, String label, boolean subtotal, Map<String, Long> counts) {
    }

    public record RemedyColumn(String kind, String label, Map<String, Long> counts) {
    }

    public Row row(String code) {
        return rows.stream().filter(r -> r.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no row " + code));
    }
}
