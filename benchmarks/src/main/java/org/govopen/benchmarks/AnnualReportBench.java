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
 * The annual report over 100,000 applications: seeds them straight into request-service's database (spread over
 * 2025–2026, six applicant kinds, every outcome, a fifth still open, four units), then times the report endpoint.
 * <pre>java -cp … org.govopen.benchmarks.AnnualReportBench JDBC_URL SERVICE_URL TOKEN [COUNT]</pre>
 */
public final class AnnualReportBench {

    public static void main(String[] args) throws Exception {
        String jdbc = args[0];
        String service = args[1];
        String token = args[2];
        int count = args.length > 3 ? Integer.parseInt(args[3]) : 100_000;
        try (Connection c = DriverManager.getConnection(jdbc, "postgres", ""); Statement st = c.createStatement()) {
            st.execute("delete from application where case_number like 'B-%'");
            long t = System.nanoTime();
            st.execute(SEED.formatted(count));
            st.execute("analyze application");
            System.out.printf("seeded %d applications in %.1f s%n", count, (System.nanoTime() - t) / 1e9);
        }
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest req = HttpRequest.newBuilder(URI.create(service
                        + "/api/v1/reports/annual?year=2026&unit=nanning/qingxiu&includeSubunits=true"))
                .header("Authorization", "Bearer " + token).GET().build();
        for (int i = 0; i < 3; i++) {
            client.send(req, HttpResponse.BodyHandlers.ofString()); // warm-up
        }
        Histogram h = Stats.histogram();
        String body = null;
        for (int i = 0; i < 20; i++) {
            long t = System.nanoTime();
            HttpResponse<String> resp = client.send(req, HttpResponse.BodyHandlers.ofString());
            h.recordValue((System.nanoTime() - t) / 1000);
            if (resp.statusCode() != 200) {
                throw new IllegalStateException("report answered " + resp.statusCode() + ": " + resp.body());
            }
            body = resp.body();
        }
        System.out.printf("annual report over %d applications: %s%n", count, Stats.summary(h));
        System.out.println("row 一 总计 etc.: " + body.replaceAll(".*?\"code\":\"一\".*?\"TOTAL\":(\\d+).*", "$1"));
        if (args.length > 4 && args[4].equals("--keep")) {
            return;
        }
        try (Connection c = DriverManager.getConnection(jdbc, "postgres", ""); Statement st = c.createStatement()) {
            st.execute("delete from application where case_number like 'B-%'");
        }
    }

    private static final String SEED = """
            insert into application (id, case_number, tracking_code, tracking_secret_hash, unit, state, channel,
                applicant_kind, applicant_name, applicant_id_type, applicant_id_number, applicant_key, description,
                provision_form, delivery_method, submitted_on, received_on, clock_start_on, month_ordinal, excessive,
                outcome, replied_on, concluded_on, registered_by, created_at, updated_at, version)
            select gen_random_uuid(), 'B-' || g, 'BENCH' || g, 'x',
                (array['nanning/qingxiu', 'nanning/qingxiu/xinzhu', 'nanning/qingxiu/nanhu', 'nanning/qingxiu/zhongshan'])[1 + g %% 4],
                case when g %% 5 = 0 then 'IN_HANDLING' else 'REPLIED' end, 'IN_PERSON',
                (array['NATURAL_PERSON', 'COMMERCIAL_ENTERPRISE', 'RESEARCH_INSTITUTION', 'SOCIAL_WELFARE_ORGANIZATION',
                       'LEGAL_SERVICE_ORGANIZATION', 'OTHER_ORGANIZATION'])[1 + g %% 6],
                '压测', 'RESIDENT_ID_CARD', 'x', md5(g::text), '压测', 'PAPER', 'POST',
                date '2025-01-01' + (g %% 700), date '2025-01-01' + (g %% 700), date '2025-01-01' + (g %% 700), 1, false,
                case when g %% 5 = 0 then null else (array['GRANTED', 'PARTIAL', 'WITHHELD_STATE_SECRET',
                    'WITHHELD_PROHIBITED_BY_LAW', 'WITHHELD_SECURITY_AND_STABILITY', 'WITHHELD_THIRD_PARTY_RIGHTS',
                    'WITHHELD_INTERNAL_AFFAIRS', 'WITHHELD_PROCESS_INFORMATION', 'WITHHELD_ENFORCEMENT_FILE',
                    'WITHHELD_ADMINISTRATIVE_QUERY', 'UNABLE_NOT_HELD', 'UNABLE_NEEDS_CREATION', 'UNABLE_STILL_UNCLEAR',
                    'NOT_PROCESSED_PETITION', 'NOT_PROCESSED_REPEATED', 'NOT_PROCESSED_PUBLICATION', 'NOT_PROCESSED_EXCESSIVE',
                    'NOT_PROCESSED_CONFIRMATION', 'OTHER_NO_CORRECTION', 'OTHER_FEE_UNPAID', 'OTHER'])[1 + g %% 21] end,
                case when g %% 5 = 0 then null else date '2025-01-01' + (g %% 700) + (g %% 30) end,
                case when g %% 5 = 0 then null else date '2025-01-01' + (g %% 700) + (g %% 30) end,
                'bench', now(), now(), 0
            from generate_series(1, %d) g""";
}
