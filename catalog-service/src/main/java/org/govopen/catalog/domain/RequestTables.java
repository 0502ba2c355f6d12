package org.govopen.catalog.domain;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * request-service's finished tables of a unit's year, as it sent them ({@code govopen.request.annual-table.submitted}):
 * table 三 (applications by applicant kind, rows 一 to 四) and table 四 (administrative review and litigation). The
 * annual report shows them as they are and never counts again. Unknown fields are ignored (a compatible change).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RequestTables(OffsetDateTime generatedAt, List<String> columns, Map<String, String> columnLabels,
                            List<Row> rows, Map<String, String> remedyResultLabels, List<RemedyColumn> remedyColumns) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Row(String code, String label, boolean subtotal, Map<String, Long> counts) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record RemedyColumn(String kind, String label, Map<String, Long> counts) {
    }
}
