package org.govopen.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Writes at fixed arrival rates (open model), each answer recorded with when it was sent and answered:
 * registrations on request-service (clerk of nanning/qingxiu), documents and units on catalog-service (clerk,
 * admin), and a cheap public GET on every service as a probe of its availability. Nothing is retried.
 * Bounded: it stops by itself after {@code maxSeconds}, and never has more than 200 requests in flight.
 */
final class Load {

    enum Kind {
        REGISTRATION("request"), DOCUMENT("catalog"), UNIT("catalog"), PROBE(null);

        final String service;

        Kind(String service) {
            this.service = service;
        }

        boolean write() {
            return this != PROBE;
        }
    }

    /** One request: {@code key} is what a 2xx created (application or document id, unit path). */
    record Shot(Kind kind, String service, long sent, long done, int status, String key, String error, String sample) {
        boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    record Rates(int registrations, int documents, int units, int probesPerService) {
        static Rates fromEnv() {
            return new Rates(env("RATE_REGISTRATIONS", 20), env("RATE_DOCUMENTS", 5), env("RATE_UNITS", 1), env("RATE_PROBES", 2));
        }

        private static int env(String name, int dflt) {
            String v = System.getenv(name);
            return v == null || v.isBlank() ? dflt : Integer.parseInt(v.trim());
        }

        @Override
        public String toString() {
            return registrations + " registrations/s, " + documents + " documents/s, " + units + " units/s, "
                    + probesPerService + " probes/s per service";
        }
    }

    static final String UNIT = "nanning/qingxiu";
    static final int SATURATED = -2;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    final String run = Long.toString(System.currentTimeMillis() / 1000 % 1_000_000, 36);
    private final Tokens tokens;
    private final Rates rates;
    private final long maxSeconds;
    private final ConcurrentLinkedQueue<Shot> shots = new ConcurrentLinkedQueue<>();
    /** Per service and writes/probes: successes in a row, in the order the answers came. */
    private final java.util.concurrent.ConcurrentHashMap<String, AtomicInteger> streaks = new java.util.concurrent.ConcurrentHashMap<>();
    private final Semaphore inFlight = new Semaphore(200);
    private final ScheduledExecutorService ticker = Executors.newScheduledThreadPool(2);
    private final String formedOn = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(7).toString();
    private volatile boolean stopping;
    private long started;

    /** The bearer tokens of the load (from deploy/local/token, passed by the script). */
    record Tokens(String clerk, String admin) {
        static Tokens fromEnv() {
            String clerk = System.getenv("CLERK_TOKEN");
            String admin = System.getenv("ADMIN_TOKEN");
            if (clerk == null || admin == null) {
                throw new IllegalStateException("CLERK_TOKEN and ADMIN_TOKEN must be set (the scripts take them from deploy/local/token)");
            }
            return new Tokens(clerk.trim(), admin.trim());
        }
    }

    Load(Tokens tokens, Rates rates, long maxSeconds) {
        this.tokens = tokens;
        this.rates = rates;
        this.maxSeconds = maxSeconds;
    }

    /** The units the writes need (201 or already there, 409). */
    static void ensureUnits(String adminToken) {
        for (String body : List.of("{\"path\":\"nanning\",\"name\":\"南宁市\",\"kind\":\"CITY\"}",
                "{\"path\":\"nanning/qingxiu\",\"name\":\"青秀区\",\"kind\":\"DISTRICT\"}")) {
            Http.Answer a = Http.send(Http.postJson(Stack.url("catalog") + "/api/v1/units", adminToken, body));
            if (a.status() != 201 && a.status() != 409) {
                throw new IllegalStateException("could not create unit " + body + ": " + a.describe() + " " + Fmt.prefix(a.body(), 300));
            }
        }
    }

    void start() {
        started = System.nanoTime();
        schedule(Kind.REGISTRATION, "request", rates.registrations());
        schedule(Kind.DOCUMENT, "catalog", rates.documents());
        schedule(Kind.UNIT, "catalog", rates.units());
        for (String s : Stack.PORTS.keySet()) {
            schedule(Kind.PROBE, s, rates.probesPerService());
        }
    }

    private void schedule(Kind kind, String service, int rate) {
        if (rate <= 0) {
            return;
        }
        AtomicInteger seq = new AtomicInteger();
        long period = 1_000_000_000L / rate;
        ticker.scheduleAtFixedRate(() -> {
            if (stopping || System.nanoTime() - started > TimeUnit.SECONDS.toNanos(maxSeconds)) {
                return;
            }
            int i = seq.getAndIncrement();
            if (!inFlight.tryAcquire()) {
                long t = System.nanoTime();
                shots.add(new Shot(kind, service, t, t, SATURATED, null, "200 requests in flight", null));
                return;
            }
            String key = kind == Kind.UNIT ? UNIT + "/r" + run + "-" + i : null;
            Http.sendAsync(request(kind, service, i, key)).whenComplete((a, e) -> {
                try {
                    String created = a.is2xx() ? (key != null ? key : id(a.body())) : null;
                    shots.add(new Shot(kind, service, a.sent(), a.done(), a.status(), created, a.error(),
                            a.is2xx() ? null : Fmt.prefix(a.body(), 300)));
                    AtomicInteger streak = streaks.computeIfAbsent(service + (kind.write() ? "/writes" : "/probes"), x -> new AtomicInteger());
                    if (a.is2xx()) {
                        streak.incrementAndGet();
                    } else {
                        streak.set(0);
                    }
                } finally {
                    inFlight.release();
                }
            });
        }, 0, period, TimeUnit.NANOSECONDS);
    }

    private HttpRequest request(Kind kind, String service, int i, String unitPath) {
        return switch (kind) {
            case REGISTRATION -> Http.postJson(Stack.url("request") + "/api/v1/applications", tokens.clerk(), registration(i));
            case DOCUMENT -> Http.postJson(Stack.url("catalog") + "/api/v1/documents", tokens.clerk(), """
                    {"unit":"%s","title":"可靠性演练文件 %s-%d","attribute":"PROACTIVE","formedOn":"%s"}"""
                    .formatted(UNIT, run, i, formedOn));
            case UNIT -> Http.postJson(Stack.url("catalog") + "/api/v1/units", tokens.admin(), """
                    {"path":"%s","name":"演练街道%s-%d","kind":"STREET"}""".formatted(unitPath, run, i));
            case PROBE -> Http.get(Stack.url(service) + "/api/v1/calendar/days/2026-10-08", null);
        };
    }

    /** An in-person application of a natural person with a valid ID number, distinct per request and run. */
    private String registration(int i) {
        String id = idNumber("4501031990" + String.format("%07d", (Long.parseLong(run, 36) * 100_000L + i) % 10_000_000L));
        return """
                {"applicant":{"kind":"NATURAL_PERSON","name":"演练申请人","idType":"RESIDENT_ID_CARD","idNumber":"%s",
                 "phone":"13800000000","address":"南宁市青秀区民族大道1号"},
                 "unit":"%s","description":"可靠性演练：2025年本区财政预算执行情况","documentNumber":"青财发〔2025〕%d号",
                 "channel":"IN_PERSON","provisionForm":"ELECTRONIC","deliveryMethod":"POST"}""".formatted(id, UNIT, i % 50);
    }

    /** An 18-digit resident ID: the 17 digits given and their check digit (GB 11643-1999). */
    static String idNumber(String seventeenDigits) {
        int sum = 0;
        for (int k = 0; k < 17; k++) {
            sum += (seventeenDigits.charAt(k) - '0') * WEIGHTS[k];
        }
        return seventeenDigits + CHECK.charAt(sum % 11);
    }

    private static String id(String body) {
        try {
            JsonNode n = JSON.readTree(body);
            return n.hasNonNull("id") ? n.get("id").asText() : null;
        } catch (Exception e) {
            return null;
        }
    }

    /**
     * Waits (at most {@code limitSeconds}) until the service's last {@code n} answers (its writes when it takes
     * writes, else its probes) were all successes; false when it did not get there.
     */
    boolean awaitHealthy(String service, boolean writes, int n, long limitSeconds) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(limitSeconds);
        while (System.nanoTime() < until) {
            AtomicInteger s = streaks.get(service + (writes ? "/writes" : "/probes"));
            if (s != null && s.get() >= n) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }

    /** Stops sending and waits (at most 20 s) for the answers still in flight. */
    void stop() throws InterruptedException {
        stopping = true;
        ticker.shutdownNow();
        if (inFlight.tryAcquire(200, 20, TimeUnit.SECONDS)) {
            inFlight.release(200);
        }
    }

    List<Shot> shots() {
        List<Shot> l = new ArrayList<>(shots);
        l.sort((a, b) -> Long.compare(a.sent(), b.sent()));
        return l;
    }
}
