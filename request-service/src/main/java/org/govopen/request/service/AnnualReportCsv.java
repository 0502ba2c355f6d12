package org.govopen.request.service;

import java.util.List;
import java.util.stream.Collectors;
import org.govopen.request.api.AnnualReportView;

/** The annual report as CSV in the table's own layout: a UTF-8 BOM so spreadsheet programs read the Chinese. */
public final class AnnualReportCsv {

    private AnnualReportCsv() {
    }

    public static String render(AnnualReportView r) {
        StringBuilder out = new StringBuilder("\uFEFF");
        out.append(csv("政府信息公开申请情况（" + r.year() + "年，" + r.unit() + (r.includeSubunits() ? "及下级单位" : "") + "）")).append('\n');
        out.append(csv("项目")).append(',')
                .append(r.columns().stream().map(c -> csv(r.columnLabels().get(c))).collect(Collectors.joining(","))).append('\n');
        for (AnnualReportView.Row row : r.rows()) {
            out.append(csv(row.label())).append(',')
                    .append(r.columns().stream().map(c -> String.valueOf(row.counts().get(c))).collect(Collectors.joining(",")))
                    .append('\n');
        }
        out.append('\n').append(csv("行政复议、行政诉讼情况")).append('\n');
        List<String> results = List.of("MAINTAINED", "CORRECTED", "OTHER", "PENDING", AnnualReportService.TOTAL);
        out.append(csv("类别")).append(",结果维持,结果纠正,其他结果,尚未审结,总计\n");
        for (AnnualReportView.RemedyColumn c : r.remedyColumns()) {
            out.append(csv(c.label())).append(',')
                    .append(results.stream().map(k -> String.valueOf(c.counts().get(k))).collect(Collectors.joining(",")))
                    .append('\n');
        }
        return out.toString();
    }

    private static String csv(String s) {
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
