package org.govopen.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * The annual report on government information disclosure for 100 units: seeds 100 departments under a city straight
 * into govopen_catalog — each with 300 documents of the year and before (规章, 行政规范性文件, others; some repealed), 5
 * interpretations by the head, request-service's tables as received, and a published report — then times generating
 * all 100 reports through {@code GET /api/v1/public/annual-reports/{unit}/2026} as JSON, HTML and XLSX, one after
 * the other. Seeded rows are deleted.
 * <pre>java -cp … org.govopen.benchmarks.CatalogAnnualReportBench JDBC_URL SERVICE_URL [UNITS] [ROUNDS]</pre>
 */
public final class CatalogAnnualReportBench {

    private static final String CITY = "bench-report";

    public static void main(String[] args) throws Exception {
        String jdbc = args[0];
        String service = args[1];
        int units = args.length > 2 ? Integer.parseInt(args[2]) : 100;
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        try (Connection c = DriverManager.getConnection(jdbc, "postgres", ""); Statement st = c.createStatement()) {
            clean(st);
            st.execute(CITY_ROW.formatted(CITY));
            st.execute(DEPARTMENTS.formatted(CITY, units));
            st.execute(DOCUMENTS.formatted(CITY + "/%"));
            st.execute(INTERPRETATIONS.formatted(CITY + "/%"));
            st.execute(TABLES.formatted(CITY + "/%"));
            st.execute(REPORTS.formatted(CITY + "/%"));
            st.execute("analyze document; analyze interpretation; analyze annual_report; analyze request_table");
        }
        HttpClient client = HttpClient.newHttpClient();
        System.out.printf("annual reports of %d units (300 documents each), generated one after the other:%n", units);
        for (String format : new String[] {"json", "html", "xlsx"}) {
            long best = Long.MAX_VALUE;
            long worst = 0;
            long bytes = 0;
            for (int round = 0; round <= rounds; round++) { // round 0 warms up
                long t = System.nanoTime();
                bytes = 0;
                for (int u = 1; u <= units; u++) {
                    HttpRequest req = HttpRequest.newBuilder(URI.create(service + "/api/v1/public/annual-reports/" + CITY
                            + "/dept-" + u + "/2026?format=" + format)).GET().build();
                    HttpResponse<byte[]> resp = client.send(req, HttpResponse.BodyHandlers.ofByteArray());
                    if (resp.statusCode() != 200) {
                        throw new IllegalStateException("report of dept-" + u + " as " + format + " answered " + resp.statusCode()
                                + ": " + new String(resp.body(), java.nio.charset.StandardCharsets.UTF_8));
                    }
                    bytes += resp.body().length;
                }
                long ms = (System.nanoTime() - t) / 1_000_000;
                if (round > 0) {
                    best = Math.min(best, ms);
                    worst = Math.max(worst, ms);
                }
            }
            System.out.printf("  %-4s: %d units in %d–%d ms over %d rounds (%d KiB a round)%n", format, units, best, worst,
                    rounds, bytes / 1024);
        }
        try (Connection c = DriverManager.getConnection(jdbc, "postgres", ""); Statement st = c.createStatement()) {
            clean(st);
        }
    }

    private static void clean(Statement st) throws Exception {
        String below = CITY + "/%";
        st.execute("delete from annual_report where unit like '" + below + "'");
        st.execute("delete from request_table where unit like '" + below + "'");
        st.execute("delete from interpretation where unit like '" + below + "'");
        st.execute("delete from document where unit like '" + below + "'");
        st.execute("delete from unit where path like '" + below + "' or path = '" + CITY + "'");
    }

    private static final String CITY_ROW = """
            insert into unit (path, name, kind, review_domains, recheck_cycle, review_working_days,
                conversion_applicants, conversion_applications, created_at, updated_at)
            values ('%s', '压测市', 'CITY', '', 'EVERY_TWO_YEARS', 10, 3, 5, now(), now())""";

    private static final String DEPARTMENTS = """
            insert into unit (path, name, kind, parent_path, review_domains, recheck_cycle, review_working_days,
                conversion_applicants, conversion_applications, created_at, updated_at)
            select '%1$s/dept-' || g, '压测市第' || g || '局', 'DEPARTMENT', '%1$s', '', 'EVERY_TWO_YEARS', 10, 3, 5, now(), now()
            from generate_series(1, %2$d) g""";

    /** 300 a unit: 20 规章, 100 行政规范性文件, 180 others, formed 2024–2026; one in ten repealed in 2026. */
    private static final String DOCUMENTS = """
            insert into document (id, unit, document_number, title, attribute, formed_on, status, obsolete_on, kind,
                needs_interpretation, created_at, updated_at)
            select gen_random_uuid(), u.path, u.path || '〔' || g || '〕', '压测文件' || g, 'PROACTIVE',
                date '2024-01-01' + (g * 3 %% 1000), case when g %% 10 = 0 then 'OBSOLETE' else 'IN_FORCE' end,
                case when g %% 10 = 0 then date '2026-06-30' end,
                case when g <= 20 then 'REGULATION' when g <= 120 then 'NORMATIVE' else 'OTHER' end, false, now(), now()
            from unit u, generate_series(1, 300) g
            where u.path like '%s'""";

    private static final String INTERPRETATIONS = """
            insert into interpretation (id, document_id, unit, form, title, content, drafting_department, interpreter,
                interpreter_is_head, published_on, days_late, created_at, created_by)
            select gen_random_uuid(), d.id, d.unit, 'QUESTIONS_AND_ANSWERS', '解读' || d.title, '问答', '办公室', '局长', true,
                date '2026-05-01', 0, now(), 'bench'
            from (select d.*, row_number() over (partition by d.unit order by d.id) n from document d where d.unit like '%s') d
            where d.n <= 5""";

    private static final String TABLES = """
            insert into request_table (unit, year, generated_at, received_at, tables)
            select path, 2026, now(), now(), jsonb_build_object(
                'generatedAt', to_char(now() at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
                'columns', '["NATURAL_PERSON","COMMERCIAL_ENTERPRISE","RESEARCH_INSTITUTION","SOCIAL_WELFARE_ORGANIZATION","LEGAL_SERVICE_ORGANIZATION","OTHER_ORGANIZATION","TOTAL"]'::jsonb,
                'columnLabels', '{"NATURAL_PERSON":"自然人","COMMERCIAL_ENTERPRISE":"法人或其他组织：商业企业","RESEARCH_INSTITUTION":"法人或其他组织：科研机构","SOCIAL_WELFARE_ORGANIZATION":"法人或其他组织：社会公益组织","LEGAL_SERVICE_ORGANIZATION":"法人或其他组织：法律服务机构","OTHER_ORGANIZATION":"法人或其他组织：其他","TOTAL":"总计"}'::jsonb,
                'rows', (select jsonb_agg(jsonb_build_object('code', c, 'label', '行' || c, 'subtotal', false,
                        'counts', '{"NATURAL_PERSON":12,"COMMERCIAL_ENTERPRISE":3,"RESEARCH_INSTITUTION":0,"SOCIAL_WELFARE_ORGANIZATION":1,"LEGAL_SERVICE_ORGANIZATION":2,"OTHER_ORGANIZATION":0,"TOTAL":18}'::jsonb))
                    from unnest(array['一','二','三（一）','三（二）','三（三）1','三（三）2','三（三）3','三（三）4','三（三）5','三（三）6','三（三）7','三（三）8','三（三）','三（四）1','三（四）2','三（四）3','三（四）','三（五）1','三（五）2','三（五）3','三（五）4','三（五）','三（六）1','三（六）2','三（六）3','三（六）','三（七）','四']) c),
                'remedyResultLabels', '{"MAINTAINED":"结果维持","CORRECTED":"结果纠正","OTHER":"其他结果","PENDING":"尚未审结","TOTAL":"总计"}'::jsonb,
                'remedyColumns', '[{"kind":"ADMINISTRATIVE_REVIEW","label":"行政复议","counts":{"MAINTAINED":1,"CORRECTED":0,"OTHER":0,"PENDING":0,"TOTAL":1}},{"kind":"LITIGATION_WITHOUT_REVIEW","label":"行政诉讼（未经复议直接起诉）","counts":{"MAINTAINED":0,"CORRECTED":0,"OTHER":0,"PENDING":1,"TOTAL":1}},{"kind":"LITIGATION_AFTER_REVIEW","label":"行政诉讼（复议后起诉）","counts":{"MAINTAINED":0,"CORRECTED":0,"OTHER":0,"PENDING":0,"TOTAL":0}}]'::jsonb)
            from unit where path like '%s'""";

    private static final String REPORTS = """
            insert into annual_report (id, unit, year, status, overview, problems, other_matters, licensing_decisions,
                punishment_decisions, enforcement_decisions, fees_ten_thousand_yuan, head_hearings, created_at, created_by,
                updated_at, updated_by, approved_on, approved_by, published_on, published_by)
            select gen_random_uuid(), path, 2026, 'PUBLISHED', repeat('2026年，本局深入推进政务公开工作。', 40),
                repeat('一是政策解读形式较单一。', 20), '无', 120, 35, 2, 12.50, 2, now(), 'bench', now(), 'bench',
                date '2027-01-10', 'bench', date '2027-01-10', 'bench'
            from unit where path like '%s'""";
}
