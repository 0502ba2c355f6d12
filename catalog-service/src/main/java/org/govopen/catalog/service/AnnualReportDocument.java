package org.govopen.catalog.service;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.govopen.catalog.api.AnnualReportView;
import org.govopen.catalog.domain.RequestTables;

/**
 * The annual report laid out in the national format (国办公开办函〔2021〕30号) once, as grids of cells, and written from
 * that as printable HTML (a Qute template, escaped) and as a filled XLSX (fastexcel, cells merged as in the format).
 */
@ApplicationScoped
public class AnnualReportDocument {

    /** One cell of a table; {@code header} cells are the format's own words. */
    @TemplateData
    public record Cell(String text, int colspan, boolean header) {

        static Cell head(String text, int colspan) {
            return new Cell(text, colspan, true);
        }

        static Cell value(Object v, int colspan) {
            return new Cell(v == null ? "未填报" : v instanceof BigDecimal b ? b.toPlainString() : v.toString(), colspan, false);
        }
    }

    /** A table of the report: its heading, a note under it, its rows. */
    @TemplateData
    public record Grid(String heading, String note, int width, List<List<Cell>> rows) {
    }

    /** Everything the printable report shows, in order. */
    @TemplateData
    public record Printable(String title, String unitName, int year, String statusLabel, String due,
                            List<String> overview, Grid proactive, Grid requests, Grid remedies, String requestsMissing,
                            List<String> problems, List<String> otherMatters, List<String> otherFacts) {
    }

    @Inject
    @Location("annual-report.html")
    Template template;

    public Printable layout(AnnualReportView v) {
        String missing = v.requests() == null ? "尚未收到依申请公开统计表（由依申请公开系统报送）" : null;
        return new Printable(v.unitName() + v.year() + "年政府信息公开工作年度报告", v.unitName(), v.year(), v.statusLabel(),
                v.due() + "（" + v.dueOn() + "）", paragraphs(v.overview()), proactive(v.proactive()),
                v.requests() == null ? null : requests(v.requests()), v.requests() == null ? null : remedies(v.requests()),
                missing, paragraphs(v.problems()), paragraphs(v.otherMatters().text()), otherFacts(v.otherMatters()));
    }

    public String html(AnnualReportView v) {
        return template.data("r", layout(v)).render();
    }

    public void xlsx(AnnualReportView v, OutputStream out) {
        Printable p = layout(v);
        try {
            Workbook wb = new Workbook(out, "GovOpen", "1.0");
            Worksheet text = wb.newWorksheet("报告正文");
            int r = 0;
            text.value(r, 0, p.title());
            text.style(r, 0).bold().fontSize(14).set();
            r += 2;
            r = section(text, r, "一、总体情况", p.overview());
            r = section(text, r, "五、存在的主要问题及改进情况", p.problems());
            List<String> six = new ArrayList<>(p.otherMatters());
            six.addAll(p.otherFacts());
            section(text, r, "六、其他需要报告的事项", six);
            text.width(0, 100);
            grid(wb.newWorksheet("二 主动公开"), p.proactive());
            if (p.requests() != null) {
                grid(wb.newWorksheet("三 依申请公开"), p.requests());
                grid(wb.newWorksheet("四 复议诉讼"), p.remedies());
            }
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int section(Worksheet ws, int r, String heading, List<String> paragraphs) {
        ws.value(r, 0, heading);
        ws.style(r, 0).bold().set();
        r++;
        for (String p : paragraphs.isEmpty() ? List.of("未填写") : paragraphs) {
            ws.value(r, 0, p);
            ws.style(r, 0).wrapText(true).set();
            r++;
        }
        return r + 1;
    }

    private static void grid(Worksheet ws, Grid g) {
        ws.value(0, 0, g.heading());
        ws.range(0, 0, 0, g.width() - 1).merge();
        ws.style(0, 0).bold().fontSize(13).horizontalAlignment("center").set();
        int r = 1;
        if (g.note() != null) {
            ws.value(r, 0, g.note());
            ws.range(r, 0, r, g.width() - 1).merge();
            r++;
        }
        for (List<Cell> row : g.rows()) {
            int c = 0;
            for (Cell cell : row) {
                if (!cell.header() && cell.text().matches("-?[0-9]+(\\.[0-9]+)?")) {
                    ws.value(r, c, new BigDecimal(cell.text()));
                } else {
                    ws.value(r, c, cell.text());
                }
                if (cell.colspan() > 1) {
                    ws.range(r, c, r, c + cell.colspan() - 1).merge();
                }
                if (cell.header()) {
                    ws.range(r, c, r, c + cell.colspan() - 1).style().bold().wrapText(true).horizontalAlignment("center")
                            .fillColor("DDEBF7").set();
                }
                c += cell.colspan();
            }
            r++;
        }
        ws.width(0, 36);
    }

    /** 二、主动公开政府信息情况: four columns, as the format has them. */
    static Grid proactive(AnnualReportView.ProactiveDisclosure p) {
        List<List<Cell>> rows = new ArrayList<>();
        rows.add(List.of(Cell.head("第二十条第（一）项", 4)));
        rows.add(List.of(Cell.head("信息内容", 1), Cell.head("本年制发件数", 1), Cell.head("本年废止件数", 1), Cell.head("现行有效件数", 1)));
        rows.add(List.of(Cell.head("规章", 1), Cell.value(p.regulations().issued(), 1), Cell.value(p.regulations().repealed(), 1),
                Cell.value(p.regulations().inForce(), 1)));
        rows.add(List.of(Cell.head("行政规范性文件", 1), Cell.value(p.normativeDocuments().issued(), 1),
                Cell.value(p.normativeDocuments().repealed(), 1), Cell.value(p.normativeDocuments().inForce(), 1)));
        rows.add(List.of(Cell.head("第二十条第（五）项", 4)));
        rows.add(List.of(Cell.head("信息内容", 1), Cell.head("本年处理决定数量", 3)));
        rows.add(List.of(Cell.head("行政许可", 1), Cell.value(p.licensingDecisions(), 3)));
        rows.add(List.of(Cell.head("第二十条第（六）项", 4)));
        rows.add(List.of(Cell.head("信息内容", 1), Cell.head("本年处理决定数量", 3)));
        rows.add(List.of(Cell.head("行政处罚", 1), Cell.value(p.punishmentDecisions(), 3)));
        rows.add(List.of(Cell.head("行政强制", 1), Cell.value(p.enforcementDecisions(), 3)));
        rows.add(List.of(Cell.head("第二十条第（八）项", 4)));
        rows.add(List.of(Cell.head("信息内容", 1), Cell.head("本年收费金额（单位：万元）", 3)));
        rows.add(List.of(Cell.head("行政事业性收费", 1), Cell.value(p.feesTenThousandYuan(), 3)));
        return new Grid("二、主动公开政府信息情况", null, 4, rows);
    }

    /** 三、收到和处理政府信息公开申请情况: request-service's rows and columns as they came. */
    static Grid requests(RequestTables t) {
        List<List<Cell>> rows = new ArrayList<>();
        List<Cell> header = new ArrayList<>(List.of(Cell.head("本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和", 2)));
        for (String c : t.columns()) {
            header.add(Cell.head(t.columnLabels().getOrDefault(c, c), 1));
        }
        rows.add(header);
        for (RequestTables.Row row : t.rows()) {
            List<Cell> cells = new ArrayList<>(List.of(Cell.head(row.code(), 1), Cell.head(row.label(), 1)));
            for (String c : t.columns()) {
                cells.add(Cell.value(row.counts().getOrDefault(c, 0L), 1));
            }
            rows.add(cells);
        }
        return new Grid("三、收到和处理政府信息公开申请情况", "申请人情况", 2 + t.columns().size(), rows);
    }

    /** 四、政府信息公开行政复议、行政诉讼情况: each kind with its results, then the counts. */
    static Grid remedies(RequestTables t) {
        List<String> results = new ArrayList<>(t.remedyResultLabels().keySet());
        List<Cell> kinds = new ArrayList<>();
        List<Cell> labels = new ArrayList<>();
        List<Cell> counts = new ArrayList<>();
        for (RequestTables.RemedyColumn col : t.remedyColumns()) {
            kinds.add(Cell.head(col.label(), results.size()));
            for (String r : results) {
                labels.add(Cell.head(t.remedyResultLabels().get(r), 1));
                counts.add(Cell.value(col.counts().getOrDefault(r, 0L), 1));
            }
        }
        return new Grid("四、政府信息公开行政复议、行政诉讼情况", null, results.size() * t.remedyColumns().size(),
                List.of(kinds, labels, counts));
    }

    private static List<String> otherFacts(AnnualReportView.OtherMatters m) {
        List<String> facts = new ArrayList<>();
        facts.add("本年度主要负责人听取政务公开工作汇报 " + (m.headHearings() == null ? "（未填报）" : m.headHearings() + " 次")
                + (m.headHeardDisclosureWork() ? "" : "（未达到每年至少 1 次的要求）") + "。");
        facts.add("本年度主要负责人解读重要政策 " + m.headInterpretations() + " 件"
                + (m.headInterpretedPolicy() ? "" : "（未达到每年至少 1 件的要求）") + "。");
        return facts;
    }

    private static List<String> paragraphs(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
}
