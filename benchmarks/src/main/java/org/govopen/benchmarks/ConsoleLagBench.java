package org.govopen.benchmarks;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.HdrHistogram.Histogram;

/**
 * End to end, from a deadline's firing time to its alert on an operator's open page: {@code DUE} deadlines are seeded
 * into request-service's table, falling due evenly over the next minute; the console's page is open in Debian's
 * Chromium (filtered to request-service's breaches), and a MutationObserver notes when each case's row first appears.
 * Lag = that moment minus the deadline's firing time: request-service's sweeper, its outbox relay, Kafka, the
 * console's intake, NOTIFY, the event stream and the page's reload. Target (issue 11): p99 below 1 s.
 * <pre>java -cp … org.govopen.benchmarks.ConsoleLagBench REQUEST_JDBC CONSOLE_JDBC CONSOLE_URL TOKEN [DUE]</pre>
 */
public final class ConsoleLagBench {

    private static final String TYPE = "bench-lag";

    public static void main(String[] args) throws Exception {
        String requestDb = args[0];
        String consoleDb = args[1];
        String console = args[2];
        String token = args[3];
        int due = args.length > 4 ? Integer.parseInt(args[4]) : 150;
        long spreadMs = 60_000;
        cleanup(requestDb, consoleDb);
        try (Playwright pw = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
             Browser browser = pw.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(Paths.get("/usr/bin/chromium"))
                     .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                             "--disable-component-update", "--no-first-run")))) {
            Page page = browser.newPage();
            page.navigate(console + "/console/login");
            page.fill("#token", token);
            page.click("button[type=submit]");
            page.waitForURL("**/console");
            page.navigate(console + "/console?service=request&level=BREACH");
            page.waitForSelector("#live:has-text('实时')");
            page.evaluate("""
                    () => { window.__seen = {};
                      const note = () => document.querySelectorAll('#alerts tr[data-group]').forEach(tr => {
                        if (!(tr.dataset.group in window.__seen)) { window.__seen[tr.dataset.group] = Date.now(); } });
                      note(); window.__before = Object.keys(window.__seen);
                      new MutationObserver(note).observe(document.getElementById('alerts'), { childList: true, subtree: true }); }""");

            Map<String, Long> firesAt = new HashMap<>();
            try (Connection c = DriverManager.getConnection(requestDb, "postgres", ""); Statement st = c.createStatement()) {
                st.execute(SEED.formatted(due, spreadMs / due));
                try (ResultSet r = st.executeQuery("select aggregate_id, next_fire_at from deadline where aggregate_type = '" + TYPE + "'")) {
                    while (r.next()) {
                        String group = UUID.nameUUIDFromBytes(("request|" + TYPE + "|" + r.getString(1)).getBytes(StandardCharsets.UTF_8)).toString();
                        firesAt.put(group, r.getTimestamp(2).getTime());
                    }
                }
            }
            System.out.printf("seeded %d deadlines of request-service falling due over the next %d s; the page is open%n",
                    due, spreadMs / 1000);
            long end = System.currentTimeMillis() + spreadMs + 20_000;
            Map<String, Object> seen = Map.of();
            while (System.currentTimeMillis() < end) {
                Thread.sleep(2_000);
                @SuppressWarnings("unchecked")
                Map<String, Object> s = (Map<String, Object>) page.evaluate("() => window.__seen");
                seen = s;
                if (firesAt.keySet().stream().allMatch(seen::containsKey)) {
                    break;
                }
            }
            Histogram lag = Stats.histogram();
            int missing = 0;
            for (var e : firesAt.entrySet()) {
                Object at = seen.get(e.getKey());
                if (at == null) {
                    missing++;
                } else {
                    lag.recordValue(Math.max(0, ((Number) at).longValue() - e.getValue()) * 1000);
                }
            }
            System.out.printf("deadline firing → row on the open page: %d of %d seen (%d missing): %s%n",
                    lag.getTotalCount(), due, missing, Stats.summary(lag));
        } finally {
            cleanup(requestDb, consoleDb);
        }
    }

    private static void cleanup(String requestDb, String consoleDb) throws Exception {
        try (Connection c = DriverManager.getConnection(requestDb, "postgres", ""); Statement st = c.createStatement()) {
            st.execute("delete from deadline where aggregate_type = '" + TYPE + "'");
        }
        try (Connection c = DriverManager.getConnection(consoleDb, "postgres", ""); Statement st = c.createStatement()) {
            String groups = "(select id from alert_group where aggregate_type = '" + TYPE + "')";
            st.execute("delete from alert where group_id in " + groups);
            st.execute("delete from alert_action where group_id in " + groups);
            st.execute("delete from alert_group where aggregate_type = '" + TYPE + "'");
        }
    }

    private static final String SEED = """
            insert into deadline (id, aggregate_type, aggregate_id, kind, ref, label, unit, due_at, warn_at, provisional,
                state, stage, next_fire_at, token, created_at, updated_at, version)
            select gen_random_uuid(), 'bench-lag', 'bench-lag-' || g, 'bench', '', '压测期限 ' || g, 'nanning/qingxiu', t, null, false,
                'ACTIVE', 'PENDING', t, 0, now(), now(), 0
            from (select g, now() + interval '3 seconds' + make_interval(secs => g * %2$d / 1000.0) as t
                  from generate_series(1, %1$d) g) s""";
}
