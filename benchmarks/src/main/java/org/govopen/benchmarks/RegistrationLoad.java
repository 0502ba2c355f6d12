package org.govopen.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.HdrHistogram.Histogram;

/**
 * Registration load, in one of three shapes:
 * <pre>
 * java -cp … org.govopen.benchmarks.RegistrationLoad rate   URL TOKEN RATE_PER_SECOND SECONDS
 * java -cp … org.govopen.benchmarks.RegistrationLoad closed URL TOKEN CONNECTIONS SECONDS
 * java -cp … org.govopen.benchmarks.RegistrationLoad same-applicant URL TOKEN CONCURRENT SECONDS
 * </pre>
 * {@code rate}: a fixed arrival rate, open model (latency counts from when a request was due to be sent, so a
 * slow server cannot hide behind a waiting client). {@code closed}: each of CONNECTIONS clients sends its next
 * registration as soon as the last one is answered: the most the stack sustains. {@code same-applicant}: the same,
 * every registration by one applicant (their month ordinal is counted per applicant). Each applicant of
 * {@code rate} and {@code closed} is distinct. A warm-up comes first and is not counted (closed loops: 20 s at the
 * measured concurrency, {@code -Dwarmup.seconds=N} to change).
 * (The old form {@code RegistrationLoad URL TOKEN RATE SECONDS} still means {@code rate}.)
 */
public final class RegistrationLoad {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";
    /** Distinct applicants across runs of one stack: every run starts its numbering at a random offset. */
    private static final int OFFSET = (int) (System.nanoTime() % 5_000_000L) & 0x3fffff;

    public static void main(String[] args) throws Exception {
        if (args[0].startsWith("http")) {
            String[] shifted = new String[args.length + 1];
            shifted[0] = "rate";
            System.arraycopy(args, 0, shifted, 1, args.length);
            args = shifted;
        }
        String mode = args[0];
        String url = args[1];
        String token = args[2];
        int n = Integer.parseInt(args[3]);
        int seconds = Integer.parseInt(args[4]);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
                .executor(Executors.newFixedThreadPool(32)).build();
        AtomicInteger ids = new AtomicInteger(OFFSET);
        switch (mode) {
            case "rate" -> {
                int warmup = Math.min(2000, n * 5);
                openModel(client, url, token, Math.max(1, n / 2), warmup * 2 / Math.max(1, n), ids, null); // JIT, pools
                Histogram h = Stats.histogram();
                CpuUse cpu = CpuUse.start();
                long start = System.nanoTime();
                Result r = openModel(client, url, token, n, seconds, ids, h);
                double elapsed = (System.nanoTime() - start) / 1e9;
                System.out.printf("registration: target %d/s for %d s -> %.1f/s ok, %d errors; %s%n", n, seconds,
                        r.ok / elapsed, r.errors, Stats.summary(h));
                System.out.println(cpu.perRequest(r.ok));
                printErrors(r);
            }
            case "closed", "same-applicant" -> {
                boolean same = mode.equals("same-applicant");
                int applicant = ids.getAndIncrement();
                // warm the JIT and the pools at the measured concurrency: on 2 busy cores C2 needs tens of seconds
                closedLoop(client, url, token, n, Integer.getInteger("warmup.seconds", 20), same, applicant, ids, null);
                Histogram h = Stats.histogram();
                CpuUse cpu = CpuUse.start();
                long start = System.nanoTime();
                Result r = closedLoop(client, url, token, n, seconds, same, applicant, ids, h);
                double elapsed = (System.nanoTime() - start) / 1e9;
                System.out.printf("registration (%s): %d concurrent for %d s -> %.1f/s ok, %d errors; mean=%.1f ms %s%n",
                        same ? "one applicant" : "closed loop", n, seconds, r.ok / elapsed, r.errors,
                        h.getMean() / 1000.0, Stats.summary(h));
                System.out.println(cpu.perRequest(r.ok));
                printErrors(r);
            }
            default -> throw new IllegalArgumentException("mode: rate | closed | same-applicant, not " + mode);
        }
        System.exit(0);
    }

    /**
     * CPU spent during the measured phase (warm-up excluded): by the service (pid in system property
     * {@code service.pid}), by PostgreSQL for the service's database, and by the whole machine (/proc/stat).
     */
    record CpuUse(long serviceAtStart, long postgresAtStart, long[] machine) {

        static CpuUse start() {
            return new CpuUse(serviceNanos(), postgresNanos(), machineTicks());
        }

        String perRequest(int requests) {
            long[] m = machineTicks();
            long busy = m[0] - machine[0];
            long idle = m[1] - machine[1];
            return String.format("cpu per registration: service %s, postgres %.2f ms; machine busy %.0f%% of %d cores",
                    serviceAtStart < 0 ? "n/a (no -Dservice.pid)" : String.format("%.2f ms", (serviceNanos() - serviceAtStart) / 1e6 / requests),
                    (postgresNanos() - postgresAtStart) / 1e6 / requests, 100.0 * busy / Math.max(1, busy + idle),
                    Runtime.getRuntime().availableProcessors());
        }

        private static long serviceNanos() {
            String pid = System.getProperty("service.pid", "");
            return pid.isBlank() ? -1 : ProcessHandle.of(Long.parseLong(pid.trim())).flatMap(p -> p.info().totalCpuDuration())
                    .map(Duration::toNanos).orElse(-1L);
        }

        /**
         * The backends of the service's database ({@code -Dpostgres.db}, default govopen_request) and the WAL writer,
         * checkpointer and background writer: not other databases' backends (tests of other work share the server).
         */
        private static long postgresNanos() {
            String db = " " + System.getProperty("postgres.db", "govopen_request") + " ";
            return ProcessHandle.allProcesses().filter(p -> {
                String c = title(p.pid());
                return c.startsWith("postgres:")
                        && (c.contains(db) || c.contains("walwriter") || c.contains("checkpointer") || c.contains("background writer"));
            }).mapToLong(p -> p.info().totalCpuDuration().map(Duration::toNanos).orElse(0L)).sum();
        }

        /** A process's title as ps shows it (PostgreSQL writes its database and state there). */
        private static String title(long pid) {
            try {
                return new String(java.nio.file.Files.readAllBytes(java.nio.file.Path.of("/proc/" + pid + "/cmdline")),
                        java.nio.charset.StandardCharsets.UTF_8).replace('\0', ' ');
            } catch (java.io.IOException | RuntimeException e) {
                return "";
            }
        }

        /** {busy, idle} jiffies of all cores. */
        private static long[] machineTicks() {
            try {
                String[] f = java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/stat")).get(0).trim().split("\\s+");
                long user = Long.parseLong(f[1]), nice = Long.parseLong(f[2]), system = Long.parseLong(f[3]);
                long idle = Long.parseLong(f[4]), iowait = Long.parseLong(f[5]), irq = Long.parseLong(f[6]), soft = Long.parseLong(f[7]);
                return new long[] {user + nice + system + irq + soft, idle + iowait};
            } catch (java.io.IOException | RuntimeException e) {
                return new long[] {0, 0};
            }
        }
    }

    record Result(int ok, int errors, ConcurrentHashMap<Integer, String> errorSamples) {
    }

    private static void printErrors(Result r) {
        if (!r.errorSamples.isEmpty()) {
            System.out.println("error samples: " + r.errorSamples.values());
        }
    }

    private static HttpRequest request(String url, String token, int applicant) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body(applicant))).build();
    }

    static Result openModel(HttpClient client, String url, String token, int rate, int seconds, AtomicInteger ids,
                            Histogram h) throws Exception {
        int total = rate * seconds;
        long intervalNanos = 1_000_000_000L / rate;
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
        CountDownLatch done = new CountDownLatch(total);
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        ConcurrentHashMap<Integer, String> samples = new ConcurrentHashMap<>();
        AtomicInteger seq = new AtomicInteger();
        long t0 = System.nanoTime();
        ticker.scheduleAtFixedRate(() -> {
            int i = seq.getAndIncrement();
            if (i >= total) {
                return;
            }
            long due = t0 + i * intervalNanos;
            client.sendAsync(request(url, token, ids.getAndIncrement()), HttpResponse.BodyHandlers.ofString())
                    .whenComplete((resp, err) -> {
                        long micros = (System.nanoTime() - due) / 1000;
                        record(resp, err, micros, h, ok, errors, samples);
                        done.countDown();
                    });
        }, 0, intervalNanos, TimeUnit.NANOSECONDS);
        done.await(seconds + 120L, TimeUnit.SECONDS);
        ticker.shutdownNow();
        return new Result(ok.get(), errors.get(), samples);
    }

    /** {@code connections} clients, each sending its next registration when the last one is answered. */
    static Result closedLoop(HttpClient client, String url, String token, int connections, int seconds, boolean sameApplicant,
                             int applicant, AtomicInteger ids, Histogram h) throws Exception {
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        ConcurrentHashMap<Integer, String> samples = new ConcurrentHashMap<>();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> clients = new ArrayList<>();
        for (int c = 0; c < connections; c++) {
            Thread t = new Thread(() -> {
                try {
                    start.await();
                    while (System.nanoTime() < end) {
                        HttpRequest req = request(url, token, sameApplicant ? applicant : ids.getAndIncrement());
                        long sent = System.nanoTime();
                        HttpResponse<String> resp = null;
                        Throwable err = null;
                        try {
                            resp = client.send(req, HttpResponse.BodyHandlers.ofString());
                        } catch (java.io.IOException e) {
                            err = e;
                        }
                        record(resp, err, (System.nanoTime() - sent) / 1000, h, ok, errors, samples);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "client-" + c);
            clients.add(t);
            t.start();
        }
        start.countDown();
        for (Thread t : clients) {
            t.join();
        }
        return new Result(ok.get(), errors.get(), samples);
    }

    private static void record(HttpResponse<String> resp, Throwable err, long micros, Histogram h, AtomicInteger ok,
                               AtomicInteger errors, ConcurrentHashMap<Integer, String> samples) {
        if (err == null && resp.statusCode() == 201) {
            ok.incrementAndGet();
            if (h != null) {
                synchronized (h) {
                    h.recordValue(Math.min(micros, 59_000_000L));
                }
            }
        } else {
            errors.incrementAndGet();
            samples.putIfAbsent(err == null ? resp.statusCode() : -1,
                    err == null ? resp.body().substring(0, Math.min(300, resp.body().length())) : err.toString());
        }
    }

    /**
     * The body of registration {@code i}: an application (request-service), or with {@code -Dload.body=message} a
     * citizen's website message (interaction-service).
     */
    static String body(int i) {
        return "message".equals(System.getProperty("load.body")) ? messageBody(i) : applicationBody(i);
    }

    /** A website message about one of a few matters, with a phone number in the text (masked where shown). */
    static String messageBody(int i) {
        String[] matters = {"夜间施工噪音", "小区停水", "道路积水", "垃圾清运不及时", "路灯不亮", "占道经营"};
        return ("{\"subject\":\"压测：%s %d\",\"text\":\"压测留言：%s，请尽快处理。联系电话13800000000\",\"category\":\"COMPLAINT\","
                + "\"unit\":\"nanning/qingxiu\",\"contact\":{\"name\":\"压测留言人\",\"phone\":\"13800000000\"},\"consentToPublish\":false}")
                .formatted(matters[i % matters.length], i, matters[i % matters.length]);
    }

    /** An in-person application of natural person number {@code i}, with a valid ID number distinct per {@code i}. */
    static String applicationBody(int i) {
        String base = "4501031990" + String.format("%07d", i % 10_000_000);
        int sum = 0;
        for (int k = 0; k < 17; k++) {
            sum += (base.charAt(k) - '0') * WEIGHTS[k];
        }
        String id = base + CHECK.charAt(sum % 11);
        return """
                {"applicant":{"kind":"NATURAL_PERSON","name":"压测申请人","idType":"RESIDENT_ID_CARD","idNumber":"%s",
                 "phone":"13800000000","address":"南宁市青秀区民族大道1号"},
                 "unit":"nanning/qingxiu","description":"压测：2025年本区财政预算执行情况","documentNumber":"青财发〔2025〕%d号",
                 "channel":"IN_PERSON","provisionForm":"ELECTRONIC","deliveryMethod":"POST"}""".formatted(id, i % 50);
    }
}
