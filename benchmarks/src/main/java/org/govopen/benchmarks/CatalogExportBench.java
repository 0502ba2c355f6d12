package org.govopen.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.HdrHistogram.Histogram;

/**
 * Export of a 5,000-entry catalogue: seeds a unit with published entries straight into govopen_catalog, then
 * times {@code GET /api/v1/public/catalogue?format=xlsx} and {@code format=csv}. Seeded rows are deleted.
 * <pre>java -cp … org.govopen.benchmarks.CatalogExportBench JDBC_URL SERVICE_URL [COUNT]</pre>
 */
public final class CatalogExportBench {

    private static final String UNIT = "bench-export";

    public static void main(String[] args) throws Exception {
        String jdbc = args[0];
        String service = args[1];
        int count = args.length > 2 ? Integer.parseInt(args[2]) : 5_000;
        try (Connection c = DriverManager.getConnection(jdbc, "postgres", ""); Statement st = c.createStatement()) {
            clean(st);
            st.execute("""
                    insert into unit (path, name, kind, review_domains, recheck_cycle, review_working_days,
                        conversion_applicants, conversion_applications, created_at, updated_at)
                    values ('%s', '压测市', 'CITY', '', 'EVERY_TWO_YEARS', 10, 3, 5, now(), now())""".formatted(UNIT));
            st.execute(ENTRIES.formatted(UNIT, count));
            st.execute(VERSIONS.formatted(UNIT));
            st.execute("analyze catalog_entry; analyze entry_version");
        }
        HttpClient client = HttpClient.newHttpClient();
        for (String format : new String[] {"xlsx", "csv"}) {
            HttpRequest req = HttpRequest.newBuilder(URI.create(service + "/api/v1/public/catalogue?unit=" + UNIT
                    + "&format=" + format)).GET().build();
            client.send(req, HttpResponse.BodyHandlers.ofByteArray()); // warm-up
            Histogram h = Stats.histogram();
            int size = 0;
            for (int i = 0; i < 10; i++) {
                long t = System.nanoTime();
                HttpResponse<byte[]> resp = client.send(req, HttpResponse.BodyHandlers.ofByteArray());
                h.recordValue((System.nanoTime() - t) / 1000);
                if (resp.statusCode() != 200) {
                    throw new IllegalStateException("export answered " + resp.statusCode());
                }
                size = resp.body().length;
            }
            System.out.printf("export of %d entries as %s (%d KiB): %s%n", count, format, size / 1024, Stats.summary(h));
        }
        try (Connection c = DriverManager.getConnection(jdbc, "postgres", ""); Statement st = c.createStatement()) {
            clean(st);
        }
    }

    private static void clean(Statement st) throws Exception {
        st.execute("delete from entry_version where unit = '" + UNIT + "'");
        st.execute("delete from catalog_entry where unit = '" + UNIT + "'");
        st.execute("delete from unit where path = '" + UNIT + "'");
    }

    private static final String ENTRIES = """
            insert into catalog_entry (id, unit, domain, state, published_version, first_level_item, second_level_item,
                name, content, legal_basis, time_limit, responsible_body, method, channels, audience, level,
                created_at, updated_at)
            select gen_random_uuid(), '%s', d.code, 'PUBLISHED', 1, d.name || '事项' || (g %% 40), '二级事项' || (g %% 7),
                d.name || '公开事项' || g, '公开内容：' || d.name || '相关的申请条件、办理流程、结果及依据', '《中华人民共和国政府信息公开条例》',
                '自信息形成或变更之日起20个工作日内', '压测市' || d.name || '主管部门', 'PROACTIVE',
                'GOVERNMENT_WEBSITE,NEW_MEDIA', 'PUBLIC', 'COUNTY', now(), now()
            from generate_series(1, %d) g
            join domain d on d.position = 1 + g %% 26 and d.pilot""";

    private static final String VERSIONS = """
            insert into entry_version (entry_id, version, unit, domain, first_level_item, second_level_item, name, content,
                legal_basis, time_limit, responsible_body, method, channels, audience, level, published_at, published_by)
            select id, 1, unit, domain, first_level_item, second_level_item, name, content, legal_basis, time_limit,
                responsible_body, method, channels, audience, level, now(), 'bench'
            from catalog_entry where unit = '%s'""";
}
