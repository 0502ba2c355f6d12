package org.govopen.benchmarks;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.HdrHistogram.Histogram;
import org.govopen.catalog.service.SearchIndex;

/**
 * Public search over 100,000 published entries and items: seeds {@code search_document} in govopen_catalog with
 * texts built from the 26 domains' vocabularies (each document mostly from its own domain's), tokenised by the service's own {@link SearchIndex#vectors}, then
 * times {@code GET /api/v1/public/search} for a set of citizens' queries (p50/p95/p99). Seeded rows are deleted.
 * <pre>java -cp … org.govopen.benchmarks.CatalogSearchBench JDBC_URL SERVICE_URL [COUNT] [ROUNDS] [--keep]</pre>
 */
public final class CatalogSearchBench {

    static final String UNIT = "bench";

    /** Each domain's own vocabulary: a document draws most of its words from its domain, as catalogues do. */
    private static final List<List<String>> DOMAINS = List.of(
            List.of("国土空间规划", "城乡规划", "控制性详细规划", "规划许可", "用地红线", "规划公示"),
            List.of("重大建设项目", "项目批准", "招标投标", "施工许可", "竣工验收", "项目进度"),
            List.of("公共资源交易", "交易公告", "中标候选人", "成交结果", "政府采购", "产权交易"),
            List.of("财政预算", "财政决算", "三公经费", "部门预算", "转移支付", "政府债务"),
            List.of("安全生产", "隐患排查", "行政处罚", "事故调查", "安全检查", "应急预案"),
            List.of("税收管理", "税收优惠", "纳税信用", "减税降费", "发票管理", "税务登记"),
            List.of("征地补偿", "征收土地", "安置方案", "补偿标准", "听证告知", "征地公告"),
            List.of("房屋征收", "征收决定", "征收补偿", "评估机构", "补偿协议", "搬迁奖励"),
            List.of("农村危房改造", "危房鉴定", "改造补助", "改造对象", "竣工验收", "资金拨付"),
            List.of("环境保护", "环境影响评价", "排污许可", "环境监测", "污染防治", "生态保护"),
            List.of("公共文化服务", "文化场馆", "免费开放", "文化活动", "非遗保护", "图书馆"),
            List.of("公共法律服务", "法律援助", "人民调解", "公证服务", "法治宣传", "律师服务"),
            List.of("扶贫", "脱贫攻坚", "帮扶措施", "扶贫项目", "扶贫资金", "贫困户"),
            List.of("救灾", "灾情信息", "救灾物资", "受灾群众", "倒房重建", "临时救助"),
            List.of("食品药品监管", "抽检结果", "许可信息", "药品监管", "食品安全", "处罚信息"),
            List.of("城市综合执法", "违法建设", "市容环境", "执法检查", "行政强制", "占道经营"),
            List.of("就业创业", "职业培训", "创业补贴", "就业援助", "招聘信息", "失业登记"),
            List.of("最低生活保障", "特困人员供养", "临时救助", "低保对象", "保障标准", "救助资金"),
            List.of("养老服务", "养老机构", "居家养老", "高龄津贴", "养老补贴", "日间照料"),
            List.of("户籍管理", "户口迁移", "落户条件", "居住证", "身份证办理", "户籍证明"),
            List.of("涉农补贴", "耕地地力保护补贴", "农机购置补贴", "种粮补贴", "补贴发放", "补贴标准"),
            List.of("义务教育", "招生入学", "学区划分", "入学条件", "教育收费", "中小学"),
            List.of("医疗卫生", "基本医疗保险", "医疗机构", "疾病预防", "家庭医生", "医保报销"),
            List.of("市政服务", "供水供气", "道路维修", "公交线路", "停水通知", "市政设施"),
            List.of("保障性住房", "公共租赁住房", "住房保障", "配租结果", "申请条件", "轮候名单"),
            List.of("社会保险", "养老保险", "失业保险", "工伤保险", "参保缴费", "待遇发放"));
    private static final List<String> GENERAL = List.of("通知", "公示", "办理流程", "申请条件", "年度报告",
            "实施方案", "统计数据", "监督检查", "政策解读", "办事指南", "结果公开", "名单");
    private static final List<String> QUERIES = List.of("征地补偿", "低保", "养老服务", "公共资源交易", "义务教育入学",
            "危房改造", "社会保险", "廉租房", "三公经费", "行政处罚决定", "医保", "补偿标准公示");

    public static void main(String[] args) throws Exception {
        String jdbc = args[0];
        String service = args[1];
        int count = args.length > 2 ? Integer.parseInt(args[2]) : 100_000;
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 25;
        try (Connection c = DriverManager.getConnection(jdbc, "postgres", "")) {
            seed(c, count);
        }
        HttpClient client = HttpClient.newHttpClient();
        for (String q : QUERIES) {
            get(client, service, q); // warm-up
        }
        Histogram h = Stats.histogram();
        long hits = 0;
        for (int r = 0; r < rounds; r++) {
            for (String q : QUERIES) {
                long t = System.nanoTime();
                String body = get(client, service, q);
                h.recordValue((System.nanoTime() - t) / 1000);
                hits += Long.parseLong(body.replaceAll(".*\"total\":(\\d+).*", "$1"));
            }
        }
        System.out.printf("search over %d entries and items: %s p95=%.1f ms (mean %d matches per query)%n", count,
                Stats.summary(h), h.getValueAtPercentile(95) / 1000.0, hits / h.getTotalCount());
        if (args.length > 4 && args[4].equals("--keep")) {
            return;
        }
        try (Connection c = DriverManager.getConnection(jdbc, "postgres", ""); Statement st = c.createStatement()) {
            st.execute("delete from search_document where unit = '" + UNIT + "'");
        }
    }

    private static String get(HttpClient client, String service, String q) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(service + "/api/v1/public/search?size=20&q="
                + URLEncoder.encode(q, StandardCharsets.UTF_8))).GET().build();
        HttpResponse<String> resp = client.send(req, HttpResponse.BodyHandlers.ofString());
        if (resp.statusCode() != 200) {
            throw new IllegalStateException("search answered " + resp.statusCode() + ": " + resp.body());
        }
        return resp.body();
    }

    private static void seed(Connection c, int count) throws Exception {
        Random random = new Random(42);
        long t = System.nanoTime();
        c.setAutoCommit(false);
        try (Statement st = c.createStatement()) {
            st.execute("delete from search_document where unit = '" + UNIT + "'");
        }
        try (PreparedStatement ps = c.prepareStatement("""
                insert into search_document (kind, ref_id, entry_id, unit, domain, title, summary, published_on, heading, terms)
                values (?, ?, ?, ?, ?, ?, ?, current_date - ?, cast(? as tsvector), cast(? as tsvector))""")) {
            for (int i = 0; i < count; i++) {
                List<String> domain = DOMAINS.get(random.nextInt(DOMAINS.size()));
                String title = phrase(random, domain, 2 + random.nextInt(2));
                String body = phrase(random, domain, 12 + random.nextInt(30));
                UUID id = UUID.randomUUID();
                ps.setString(1, i % 2 == 0 ? "entry" : "item");
                ps.setObject(2, id);
                ps.setObject(3, id);
                ps.setString(4, UNIT);
                ps.setString(5, "social-assistance");
                ps.setString(6, title);
                ps.setString(7, body.length() > 160 ? body.substring(0, 160) : body);
                ps.setInt(8, random.nextInt(2000));
                SearchIndex.Vectors vectors = SearchIndex.vectors(title, body);
                ps.setString(9, vectors.heading());
                ps.setString(10, vectors.terms());
                ps.addBatch();
                if (i % 1000 == 999) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
        c.commit();
        try (Statement st = c.createStatement()) {
            c.setAutoCommit(true);
            st.execute("vacuum analyze search_document"); // the steady state autovacuum keeps: no dead rows from earlier runs
        }
        System.out.printf("seeded %d search documents in %.1f s%n", count, (System.nanoTime() - t) / 1e9);
    }

    /** Words mostly of the domain's own vocabulary, one in five general. */
    private static String phrase(Random random, List<String> domain, int words) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < words; i++) {
            List<String> from = random.nextInt(5) == 0 ? GENERAL : domain;
            b.append(from.get(random.nextInt(from.size())));
            if (i % 4 == 3) {
                b.append('，');
            }
        }
        return b.toString();
    }
}
