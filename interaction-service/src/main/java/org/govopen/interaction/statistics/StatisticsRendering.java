package org.govopen.interaction.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.govopen.interaction.domain.MessageCategory;

/**
 * The statistics as a CSV table (UTF-8 with a BOM, so that spreadsheet programs read the Chinese headers) and as the
 * public HTML page (built here with every value escaped: the module has no template engine).
 */
final class StatisticsRendering {

    static final List<String> HEADERS = List.of("统计期间", "单位", "类别", "留言数", "已回复", "按时回复", "超期", "按时回复率（%）",
            "平均回复用时（工作日）", "回复用时中位数（工作日）", "平均回复用时（小时）", "回复用时中位数（小时）", "已评价", "满意率（%）",
            "退单", "改派", "排名");

    private StatisticsRendering() {
    }

    // --- CSV ------------------------------------------------------------------------------------------

    static String csv(StatisticsView v) {
        StringBuilder out = new StringBuilder("\uFEFF");
        line(out, HEADERS);
        String period = v.period().from() + " 至 " + v.period().to();
        for (StatisticsView.UnitRow u : v.units()) {
            line(out, cells(period, u.unit(), "全部", u.received(), u.replied(), u.repliedOnTime(), u.overdue(), u.onTimeRate(),
                    u.averageWorkingDays(), u.medianWorkingDays(), u.averageHours(), u.medianHours(), u.rated(),
                    u.satisfactionRate(), u.returns(), u.reassignments(), u.rank()));
            if (u.categories() != null) {
                for (StatisticsView.CategoryRow c : u.categories()) {
                    line(out, cells(period, u.unit(), c.label(), c.received(), c.replied(), c.repliedOnTime(), c.overdue(),
                            c.onTimeRate(), c.averageWorkingDays(), c.medianWorkingDays(), c.averageHours(), c.medianHours(),
                            c.rated(), c.satisfactionRate(), c.returns(), c.reassignments(), null));
                }
            }
        }
        StatisticsView.Totals t = v.totals();
        line(out, cells(period, "合计", v.category() == null ? "全部" : v.category().label(), t.received(), t.replied(),
                t.repliedOnTime(), t.overdue(), t.onTimeRate(), t.averageWorkingDays(), t.medianWorkingDays(), t.averageHours(),
                t.medianHours(), t.rated(), t.satisfactionRate(), t.returns(), t.reassignments(), null));
        return out.toString();
    }

    private static List<String> cells(String period, String unit, String category, long received, long replied, long onTime,
                                      long overdue, BigDecimal onTimeRate, BigDecimal avgDays, BigDecimal medianDays,
                                      BigDecimal avgHours, BigDecimal medianHours, long rated, BigDecimal satisfaction,
                                      long returns, long reassignments, Integer rank) {
        List<String> c = new ArrayList<>();
        c.add(period);
        c.add(unit);
        c.add(category);
        c.add(String.valueOf(received));
        c.add(String.valueOf(replied));
        c.add(String.valueOf(onTime));
        c.add(String.valueOf(overdue));
        c.add(percent(onTimeRate, 2));
        c.add(plain(avgDays));
        c.add(plain(medianDays));
        c.add(plain(avgHours));
        c.add(plain(medianHours));
        c.add(String.valueOf(rated));
        c.add(percent(satisfaction, 2));
        c.add(String.valueOf(returns));
        c.add(String.valueOf(reassignments));
        c.add(rank == null ? "" : String.valueOf(rank));
        return c;
    }

    private static void line(StringBuilder out, List<String> cells) {
        StringJoiner j = new StringJoiner(",");
        cells.forEach(s -> j.add(csvCell(s)));
        out.append(j).append("\r\n");
    }

    /** Quoted when needed; a cell a spreadsheet would take for a formula starts with an apostrophe. */
    static String csvCell(String s) {
        if (s == null) {
            return "";
        }
        if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 && !s.matches("-?[0-9.]+")) {
            s = "'" + s;
        }
        return s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")
                ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    static String percent(BigDecimal rate, int scale) {
        return rate == null ? "" : rate.movePointRight(2).setScale(scale, RoundingMode.HALF_UP).toPlainString();
    }

    static String plain(BigDecimal n) {
        return n == null ? "" : n.toPlainString();
    }

    // --- HTML -----------------------------------------------------------------------------------------

    /** The page: a form for the period, unit and category, the totals and the table of units. */
    static String html(StatisticsView v, String by) {
        StringBuilder h = new StringBuilder(16_384);
        String title = "政民互动统计（" + v.period().label() + "）";
        h.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"UTF-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(esc(title)).append("</title>\n")
                .append("<style>body{font-family:sans-serif;margin:1.5em;color:#222}table{border-collapse:collapse;margin:1em 0}")
                .append("th,td{border:1px solid #bbb;padding:.3em .6em;text-align:right}th{background:#eef}")
                .append("td.unit,th.unit{text-align:left}tr.total td{font-weight:bold;background:#f6f6f6}")
                .append("tr.category td{color:#555;font-size:.9em}form label{margin-right:1em}.note{color:#555;font-size:.9em}</style>\n")
                .append("</head>\n<body>\n<h1>").append(esc(title)).append("</h1>\n");

        h.append("<form method=\"get\" action=\"/statistics\">\n<label>统计期间 <select name=\"period\">");
        for (StatisticsPeriod.Kind k : StatisticsPeriod.Kind.values()) {
            String value = k.name().toLowerCase(java.util.Locale.ROOT);
            h.append("<option value=\"").append(value).append('"').append(k == v.period().kind() ? " selected" : "").append('>')
                    .append(esc(k.label())).append("</option>");
        }
        h.append("</select></label>\n<label>开始日期 <input type=\"date\" name=\"from\" value=\"").append(v.period().from())
                .append("\"></label>\n");
        h.append("<label>结束日期（仅自定义期间） <input type=\"date\" name=\"to\" value=\"")
                .append(v.period().kind() == StatisticsPeriod.Kind.CUSTOM ? v.period().to().toString() : "").append("\"></label>\n");
        h.append("<label>单位 <input type=\"text\" name=\"unit\" value=\"").append(esc(v.unit() == null ? "" : v.unit()))
                .append("\" placeholder=\"如 nanning/qingxiu\"></label>\n<label>类别 <select name=\"category\"><option value=\"\">全部</option>");
        for (MessageCategory c : MessageCategory.values()) {
            h.append("<option value=\"").append(c.name()).append('"').append(c == v.category() ? " selected" : "").append('>')
                    .append(esc(c.label())).append("</option>");
        }
        h.append("</select></label>\n<label><input type=\"checkbox\" name=\"by\" value=\"unit,category\"")
                .append(v.byCategory() ? " checked" : "").append("> 按类别细分</label>\n<button type=\"submit\">查询</button>\n</form>\n");

        h.append("<p>统计期间：").append(v.period().from()).append(" 至 ").append(v.period().to())
                .append("（按留言时间统计该期间收到的留言）").append(v.unit() == null ? "" : "；单位：" + esc(v.unit()) + " 及下级单位")
                .append(v.category() == null ? "" : "；类别：" + esc(v.category().label())).append("。</p>\n");

        h.append("<table>\n<thead><tr><th>排名</th><th class=\"unit\">单位</th><th>留言数</th><th>已回复</th><th>按时回复</th><th>超期</th>")
                .append("<th>按时回复率</th><th>平均回复用时（工作日）</th><th>回复用时中位数（工作日）</th><th>平均回复用时（小时）</th>")
                .append("<th>回复用时中位数（小时）</th><th>已评价</th><th>满意率</th><th>退单</th><th>改派</th></tr></thead>\n<tbody>\n");
        for (StatisticsView.UnitRow u : v.units()) {
            h.append("<tr><td>").append(u.rank() == null ? "—" : u.rank()).append("</td><td class=\"unit\">").append(esc(u.unit()))
                    .append("</td>");
            figures(h, u.received(), u.replied(), u.repliedOnTime(), u.overdue(), u.onTimeRate(), u.averageWorkingDays(),
                    u.medianWorkingDays(), u.averageHours(), u.medianHours(), u.rated(), u.satisfactionRate(), u.returns(),
                    u.reassignments());
            h.append("</tr>\n");
            if (u.categories() != null) {
                for (StatisticsView.CategoryRow c : u.categories()) {
                    h.append("<tr class=\"category\"><td></td><td class=\"unit\">　").append(esc(c.label())).append("</td>");
                    figures(h, c.received(), c.replied(), c.repliedOnTime(), c.overdue(), c.onTimeRate(), c.averageWorkingDays(),
                            c.medianWorkingDays(), c.averageHours(), c.medianHours(), c.rated(), c.satisfactionRate(),
                            c.returns(), c.reassignments());
                    h.append("</tr>\n");
                }
            }
        }
        StatisticsView.Totals t = v.totals();
        h.append("<tr class=\"total\"><td></td><td class=\"unit\">合计</td>");
        figures(h, t.received(), t.replied(), t.repliedOnTime(), t.overdue(), t.onTimeRate(), t.averageWorkingDays(),
                t.medianWorkingDays(), t.averageHours(), t.medianHours(), t.rated(), t.satisfactionRate(), t.returns(),
                t.reassignments());
        h.append("</tr>\n</tbody>\n</table>\n");
        if (v.units().isEmpty()) {
            h.append("<p>该期间没有收到留言。</p>\n");
        }

        Map<String, String> q = new LinkedHashMap<>();
        q.put("period", v.period().kind().name().toLowerCase(java.util.Locale.ROOT));
        q.put("from", v.period().from().toString());
        if (v.period().kind() == StatisticsPeriod.Kind.CUSTOM) {
            q.put("to", v.period().to().toString());
        }
        if (v.unit() != null) {
            q.put("unit", v.unit());
        }
        if (v.category() != null) {
            q.put("category", v.category().name());
        }
        if (by != null && !by.isBlank()) {
            q.put("by", by);
        }
        String query = query(q);
        h.append("<p><a href=\"/api/v1/statistics.csv?").append(esc(query)).append("\">下载 CSV</a> · <a href=\"/api/v1/statistics?")
                .append(esc(query)).append("\">JSON</a></p>\n");
        h.append("<p class=\"note\">说明：单位为主办单位（未派单的为受理单位）。按时回复率 = 按时回复 ÷（按时回复 + 超期），超期含逾期回复和截至统计时已超过答复期限仍未回复的留言；")
                .append("回复用时自留言之日（12345 工单自转办之日）起计算，工作日不含法定节假日；满意率 = 非常满意、满意、基本满意的评价 ÷ 已评价。")
                .append("期间内收到留言少于 ").append(v.minCountToRank()).append(" 件的单位列出但不参加排名。统计截至 ")
                .append(esc(v.asOf().toString())).append(v.dataUntil() == null ? "" : "，数据更新至 " + esc(v.dataUntil().toString()))
                .append("。</p>\n</body>\n</html>\n");
        return h.toString();
    }

    private static void figures(StringBuilder h, long received, long replied, long onTime, long overdue, BigDecimal onTimeRate,
                                BigDecimal avgDays, BigDecimal medianDays, BigDecimal avgHours, BigDecimal medianHours,
                                long rated, BigDecimal satisfaction, long returns, long reassignments) {
        cell(h, String.valueOf(received));
        cell(h, String.valueOf(replied));
        cell(h, String.valueOf(onTime));
        cell(h, String.valueOf(overdue));
        cell(h, onTimeRate == null ? "—" : percent(onTimeRate, 1) + "%");
        cell(h, avgDays == null ? "—" : plain(avgDays));
        cell(h, medianDays == null ? "—" : plain(medianDays));
        cell(h, avgHours == null ? "—" : plain(avgHours));
        cell(h, medianHours == null ? "—" : plain(medianHours));
        cell(h, String.valueOf(rated));
        cell(h, satisfaction == null ? "—" : percent(satisfaction, 1) + "%");
        cell(h, String.valueOf(returns));
        cell(h, String.valueOf(reassignments));
    }

    private static void cell(StringBuilder h, String text) {
        h.append("<td>").append(esc(text)).append("</td>");
    }

    private static String query(Map<String, String> params) {
        StringJoiner j = new StringJoiner("&");
        params.forEach((k, val) -> j.add(k + "=" + URLEncoder.encode(val, StandardCharsets.UTF_8)));
        return j.toString();
    }

    /** Text for HTML content and attribute values. */
    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(ch);
            }
        }
        return out.toString();
    }
}
