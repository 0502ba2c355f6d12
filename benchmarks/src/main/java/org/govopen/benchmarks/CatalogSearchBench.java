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
 * texts built from the domains' vocabulary, tokenised by the service's own {@link SearchIndex#vector}, then
 * times {@code GET /api/v1/public/search} for a set of citizens' queries (p50/p95/p99). Seeded rows are deleted.
 * <pre>java -cp … org.govopen.benchmarks.CatalogSearchBench JDBC_URL SERVICE_URL [COUNT] [ROUNDS]</pre>
 */
public final class CatalogSearchBench {

    static final String UNIT = "bench";

    private static final List<String> WORDS = List.of("征地补偿", "安置方案", "最低生活保障", "特困人员供养", "养老服务",
            "社会保险", "医疗卫生", "义务教育", "招生入学", "保障性住房", "公共租赁住房", "农村危房改造", "环境保护",
            "安全生产", "公共资源交易", "财政预算", "财政决算", "三公经费", "城市综合执法", "户籍管理", "涉农补贴",
            "就业创业", "扶贫", "救灾", "食品药品监管", "市政服务", "公共文化服务", "公共法律服务", "国土空间规划",
            "重大建设项目", "税收管理", "房屋征收", "补偿标准", "审批结果", "行政处罚", "资金发放名单", "申请条件",
            "办理流程", "听证告知", "公示", "通知", "实施方案", "年度报告", "统计数据", "监督检查");
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
                insert into search_document (kind, ref_id, entry_id, unit, domain, title, summary, published_on, terms)
                values (?, ?, ?, ?, ?, ?, ?, current_date - ?, cast(? as tsvector))""")) {
            for (int i = 0; i < count; i++) {
                String title = phrase(random, 2 + random.nextInt(2));
                String body = phrase(random, 12 + random.nextInt(30));
                UUID id = UUID.randomUUID();
                ps.setString(1, i % 2 == 0 ? "entry" : "item");
                ps.setObject(2, id);
                ps.setObject(3, id);
                ps.setString(4, UNIT);
                ps.setString(5, "social-assistance");
                ps.setString(6, title);
                ps.setString(7, body.length() > 160 ? body.substring(0, 160) : body);
                ps.setInt(8, random.nextInt(2000));
                ps.setString(9, SearchIndex.vector(title, body));
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
            st.execute("analyze search_document");
        }
        System.out.printf("seeded %d search documents in %.1f s%n", count, (System.nanoTime() - t) / 1e9);
    }

    private static String phrase(Random random, int words) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < words; i++) {
            b.append(WORDS.get(random.nextInt(WORDS.size())));
            if (i % 4 == 3) {
                b.append('，');
            }
        }
        return b.toString();
    }
}
