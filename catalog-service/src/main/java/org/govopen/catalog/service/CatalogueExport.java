package org.govopen.catalog.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.govopen.catalog.domain.Audience;
import org.govopen.catalog.domain.DisclosureDomain;
import org.govopen.catalog.domain.DisclosureMethod;
import org.govopen.catalog.domain.EntryVersion;
import org.govopen.catalog.domain.PublicationLevel;
import org.govopen.catalog.domain.PublicationChannel;
import org.govopen.catalog.domain.Unit;

/**
 * A unit's published catalogue in the layout of the standard guidelines' tables that offices exchange
 * (公开事项标准目录): 序号, 公开事项 (一级/二级), 公开内容, 依据, 时限, 主体, 渠道和载体, then 公开对象, 公开方式
 * and 公开层级 as tick columns (√). As CSV (UTF-8 with BOM, so spreadsheet programs read the Chinese) and XLSX.
 */
@ApplicationScoped
public class CatalogueExport {

    static final List<String> HEADER = List.of("序号", "领域", "一级事项", "二级事项", "事项名称", "公开内容（要素）",
            "公开依据", "公开时限", "公开主体", "公开渠道和载体",
            "公开对象：全社会", "公开对象：特定群体", "公开方式：主动", "公开方式：依申请",
            "公开层级：县级", "公开层级：乡级", "公开层级：村（居）级", "版本", "发布日期");
    private static final String TICK = "√";

    /** The latest published version of each of the unit's entries, in domain order then by item and name. */
    public List<EntryVersion> publishedCatalogue(String unit) {
        return EntryVersion.list("""
                select v from EntryVersion v, CatalogEntry e, DisclosureDomain d
                where e.id = v.entryId and v.version = e.publishedVersion and e.unit = ?1 and d.code = v.domain
                order by d.position, d.code, v.elements.firstLevelItem, v.elements.secondLevelItem nulls first,
                         v.elements.name""", unit);
    }

    public List<List<String>> rows(List<EntryVersion> versions) {
        Map<String, String> domainNames = new java.util.HashMap<>();
        DisclosureDomain.<DisclosureDomain>listAll().forEach(d -> domainNames.put(d.code, d.name));
        List<List<String>> rows = new ArrayList<>(versions.size());
        int n = 1;
        for (EntryVersion v : versions) {
            var e = v.elements;
            rows.add(List.of(String.valueOf(n++), domainNames.getOrDefault(v.domain, v.domain), e.firstLevelItem,
                    nz(e.secondLevelItem), e.name, e.content, e.legalBasis, e.timeLimit, e.responsibleBody,
                    String.join("、", e.channels.stream().map(PublicationChannel::label).toList()),
                    tick(e.audience == Audience.PUBLIC),
                    e.audience == Audience.SPECIFIC_GROUP ? TICK + (e.audienceDetail == null ? "" : "（" + e.audienceDetail + "）") : "",
                    tick(e.method == DisclosureMethod.PROACTIVE), tick(e.method == DisclosureMethod.ON_REQUEST),
                    tick(e.level == PublicationLevel.COUNTY), tick(e.level == PublicationLevel.TOWNSHIP),
                    tick(e.level == PublicationLevel.VILLAGE), String.valueOf(v.version),
                    v.publishedAt.toLocalDate().toString()));
        }
        return rows;
    }

    public void csv(List<List<String>> rows, OutputStream out) {
        try {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            w.write('\uFEFF');
            writeCsvLine(w, HEADER);
            for (List<String> row : rows) {
                writeCsvLine(w, row);
            }
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void xlsx(Unit unit, List<List<String>> rows, OutputStream out) {
        try {
            Workbook wb = new Workbook(out, "GovOpen", "1.0");
            Worksheet ws = wb.newWorksheet("公开事项标准目录");
            ws.value(0, 0, unit.name + "政务公开事项标准目录");
            ws.range(0, 0, 0, HEADER.size() - 1).merge();
            ws.style(0, 0).bold().fontSize(14).horizontalAlignment("center").set();
            for (int c = 0; c < HEADER.size(); c++) {
                ws.value(1, c, HEADER.get(c));
            }
            ws.range(1, 0, 1, HEADER.size() - 1).style().bold().wrapText(true).horizontalAlignment("center")
                    .fillColor("DDEBF7").set();
            int r = 2;
            for (List<String> row : rows) {
                ws.value(r, 0, Integer.parseInt(row.get(0)));
                for (int c = 1; c < row.size(); c++) {
                    ws.value(r, c, row.get(c));
                }
                r++;
            }
            ws.freezePane(0, 2);
            for (int c : new int[] {5, 6, 9}) {
                ws.width(c, 40);
            }
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeCsvLine(Writer w, List<String> values) throws IOException {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                w.write(',');
            }
            w.write(csvField(values.get(i)));
        }
        w.write("\r\n");
    }

    /** RFC 4180 quoting; a leading =, +, - or @ is prefixed so spreadsheets do not run it as a formula. */
    static String csvField(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }

    private static String tick(boolean b) {
        return b ? TICK : "";
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
