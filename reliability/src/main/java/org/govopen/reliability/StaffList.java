package org.govopen.reliability;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * (f) The staff list of applications with many cases in the unit, on a database that nobody analyzed by hand:
 * registers through the API until request-service holds {@code LIST_APPLICATIONS} (100,000) applications, their
 * submission days spread over the last {@code SPREAD_DAYS} days (so that some are overdue and some due soon), then
 * times {@code LIST_SAMPLES} requests of each common list — the default page, a state filter, overdue, due within
 * 7 days, the descending order and a deep page — as a handler of the district sees them.
 */
final class StaffList extends Experiment {

    StaffList(Path root) {
        super(root);
    }

    public static void main(String[] args) throws Exception {
        System.exit(new StaffList(Path.of(args[0])).run() ? 0 : 1);
    }

    boolean run() throws Exception {
        Stack stack = new Stack(root, "staff-list");
        requireStack(stack, false);
        long target = env("LIST_APPLICATIONS", 100_000);
        int samples = (int) env("LIST_SAMPLES", 200);
        int clients = (int) env("LOAD_CLIENTS", 12);
        long targetMs = env("LIST_P95_TARGET_MS", 100);
        Load.ensureUnits(tokens.admin());

        long before = applications();
        long loadStart = System.nanoTime();
        long added = target > before ? register(stack, target - before, clients) : 0;
        double loadSeconds = Fmt.secs(System.nanoTime() - loadStart);
        long total = applications();
        stack.log("applications: " + before + " before, " + added + " registered in " + Fmt.s(loadSeconds) + ", " + total + " now");
        String analyzed = lastAnalyze();

        String handler = System.getenv("STAFF_TOKEN");
        Map<String, String> lists = new LinkedHashMap<>();
        lists.put("default", "");
        lists.put("state=IN_HANDLING", "state=IN_HANDLING");
        lists.put("overdue", "overdue=true");
        lists.put("dueWithinDays=7", "dueWithinDays=7");
        lists.put("sort=-dueAt", "sort=-dueAt");
        lists.put("sort=-submittedOn", "sort=-submittedOn");
        lists.put("page 100", "page=100");
        List<String> figures = new ArrayList<>();
        boolean ok = total >= target;
        for (Map.Entry<String, String> l : lists.entrySet()) {
            String url = Stack.url("request") + "/api/v1/applications?unit=" + enc(Load.UNIT)
                    + (l.getValue().isEmpty() ? "" : "&" + l.getValue());
            List<Long> ms = new ArrayList<>();
            int failed = 0;
            for (int i = 0; i < samples + 10; i++) {
                Http.Answer a = Http.send(Http.get(url, handler));
                if (a.status() != 200) {
                    failed++;
                    if (failed <= 3) {
                        stack.finding(l.getKey() + ": " + a.describe() + " " + Fmt.prefix(a.body(), 200));
                    }
                    continue;
                }
                if (i >= 10) { // the first ten warm the caches
                    ms.add(TimeUnit.NANOSECONDS.toMillis(a.done() - a.sent()));
                }
            }
            ms.sort(Long::compare);
            long p50 = ms.isEmpty() ? -1 : ms.get(ms.size() / 2);
            long p95 = ms.isEmpty() ? -1 : ms.get(Math.min(ms.size() - 1, (int) Math.ceil(ms.size() * 0.95) - 1));
            long max = ms.isEmpty() ? -1 : ms.get(ms.size() - 1);
            figures.add(l.getKey() + " p50 " + p50 + "/p95 " + p95 + "/max " + max + " ms" + (failed > 0 ? " (" + failed + " failed)" : ""));
            if (failed > 0 || p95 < 0 || p95 >= targetMs) {
                ok = false;
                if (p95 >= targetMs) {
                    stack.finding(l.getKey() + ": p95 " + p95 + " ms, target < " + targetMs + " ms");
                }
            }
        }
        System.out.println("staff list with " + Fmt.n(total) + " applications (" + Fmt.n(added) + " registered in "
                + Fmt.s(loadSeconds) + ", " + analyzed + "), " + samples + " requests each: " + String.join("; ", figures)
                + "; load average " + Stack.loadAverage());
        return ok;
    }

    /** Registers {@code n} in-person applications with {@code clients} requests at a time; answers how many were created. */
    private long register(Stack stack, long n, int clients) throws InterruptedException {
        String run = Long.toString(System.currentTimeMillis() / 1000 % 1_000_000, 36);
        int spread = (int) env("SPREAD_DAYS", 60);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        AtomicLong next = new AtomicLong();
        AtomicLong created = new AtomicLong();
        AtomicInteger failures = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (int c = 0; c < clients; c++) {
            pool.submit(() -> {
                long i;
                while ((i = next.getAndIncrement()) < n && failures.get() < 100) {
                    String body = registration(run, i, today.minusDays(i % spread));
                    Http.Answer a = Http.send(Http.postJson(Stack.url("request") + "/api/v1/applications", tokens.clerk(), body));
                    if (a.status() == 201) {
                        long done = created.incrementAndGet();
                        if (done % 10_000 == 0) {
                            stack.log(done + " registered");
                        }
                    } else if (failures.incrementAndGet() <= 5) {
                        stack.finding("registration " + a.describe() + " " + Fmt.prefix(a.body(), 200));
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(2, TimeUnit.HOURS);
        return created.get();
    }

    /** An in-person application of a natural person, with a valid ID number distinct per run and request. */
    private static String registration(String run, long i, LocalDate submittedOn) {
        long n = (Long.parseLong(run, 36) % 90 * 1_000_000L + i) % 100_000_000L;
        String id = Load.idNumber("450103" + (1950 + (int) (n / 10_000_000 % 50)) + String.format("%07d", n % 10_000_000));
        return """
                {"applicant":{"kind":"NATURAL_PERSON","name":"列表演练申请人","idType":"RESIDENT_ID_CARD","idNumber":"%s",
                 "phone":"13800000000","address":"南宁市青秀区民族大道1号"},
                 "unit":"%s","description":"列表演练：本区财政预算执行情况","channel":"IN_PERSON","submittedOn":"%s",
                 "provisionForm":"ELECTRONIC","deliveryMethod":"POST"}""".formatted(id, Load.UNIT, submittedOn);
    }

    private static long applications() throws Exception {
        try (Connection c = Stack.db("request"); ResultSet rs = c.createStatement().executeQuery("select count(*) from application")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** When the application table was last analyzed, by hand or by autovacuum: the figures hold without it. */
    private static String lastAnalyze() throws Exception {
        try (Connection c = Stack.db("request"); ResultSet rs = c.createStatement().executeQuery("""
                select last_analyze, last_autoanalyze, current_setting('autovacuum') from pg_stat_user_tables
                where relname = 'application'""")) {
            if (!rs.next()) {
                return "no statistics row";
            }
            return "last ANALYZE " + (rs.getObject(1) == null ? "never" : rs.getString(1)) + ", last autoanalyze "
                    + (rs.getObject(2) == null ? "never" : rs.getString(2)) + ", autovacuum " + rs.getString(3);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
