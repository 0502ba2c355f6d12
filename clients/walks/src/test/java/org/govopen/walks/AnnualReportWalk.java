package org.govopen.walks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.govopen.client.catalog.api.AnnualReportApi;
import org.govopen.client.catalog.model.AnnualReportView;
import org.govopen.client.request.api.ReportsApi;
import org.govopen.client.request.model.AnnualTableSubmissionForm;
import org.junit.jupiter.api.Test;

/**
 * A district's disclosure office prepares last year's annual report (issue 15): it sends request-service's finished
 * tables, and catalog-service's report shows tables 三 and 四 exactly as request-service computed them — the two
 * services and the real broker between them. Works in the demo's district (run after the demo).
 */
class AnnualReportWalk {

    static final String DISTRICT = "nanning/qingxiu";

    @Test
    void theReportsTablesThreeAndFourAreRequestServicesForTheSameUnitAndYear() throws Exception {
        int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear() - 1;
        org.govopen.client.request.ApiClient requestClient = new org.govopen.client.request.ApiClient();
        requestClient.updateBaseUri(Stack.url("request"));
        requestClient.setRequestInterceptor(Stack.bearer("supervisor"));
        org.govopen.client.catalog.ApiClient catalogClient = new org.govopen.client.catalog.ApiClient();
        catalogClient.updateBaseUri(Stack.url("catalog"));
        catalogClient.setRequestInterceptor(Stack.bearer("supervisor"));

        org.govopen.client.request.model.AnnualReportView sent = new ReportsApi(requestClient)
                .submitAnnualTable(new AnnualTableSubmissionForm().year(year).unit(DISTRICT));
        assertNotNull(sent.getGeneratedAt());

        AnnualReportApi reports = new AnnualReportApi(catalogClient);
        AnnualReportView report = null;
        for (int i = 0; i < 60; i++) { // the tables travel over Kafka: wait for this submission's
            report = reports.getAnnualReport(AnnualReportApi.APIGetAnnualReportRequest.newBuilder()
                    .unit(DISTRICT).year(year).format("json").build());
            if (report.getRequests() != null && report.getRequests().getGeneratedAt().toInstant().equals(sent.getGeneratedAt().toInstant())) {
                break;
            }
            Thread.sleep(500);
        }
        assertNotNull(report.getRequests(), "the annual report never received request-service's tables");
        assertEquals(sent.getGeneratedAt().toInstant(), report.getRequests().getGeneratedAt().toInstant());

        assertEquals(sent.getColumns(), report.getRequests().getColumns());
        assertEquals(rows(sent.getRows().stream().map(r -> Map.entry(r.getCode(), r.getCounts())).toList()),
                rows(report.getRequests().getRows().stream().map(r -> Map.entry(r.getCode(), r.getCounts())).toList()),
                "table 三, row by row and column by column");
        assertEquals(rows(sent.getRemedyColumns().stream().map(c -> Map.entry(c.getKind(), c.getCounts())).toList()),
                rows(report.getRequests().getRemedyColumns().stream().map(c -> Map.entry(c.getKind(), c.getCounts())).toList()),
                "table 四, kind by kind and result by result");
    }

    private static Map<String, Map<String, Long>> rows(List<Map.Entry<String, Map<String, Long>>> rows) {
        return rows.stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, java.util.LinkedHashMap::new));
    }
}
