package org.govopen.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.HdrHistogram.Histogram;

/**
 * Registration throughput and latency at a fixed arrival rate (open model: latency counts from when a request was
 * due to be sent, so a slow server cannot hide behind a waiting client).
 * <pre>java -cp … org.govopen.benchmarks.RegistrationLoad URL TOKEN RATE_PER_SECOND SECONDS</pre>
 */
public final class RegistrationLoad {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    public static void main(String[] args) throws Exception {
        String url = args[0];
        String token = args[1];
        int rate = Integer.parseInt(args[2]);
        int seconds = Integer.parseInt(args[3]);
        int warmup = Math.min(2000, rate * 5);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
                .executor(Executors.newFixedThreadPool(32)).build();

        run(client, url, token, Math.max(1, rate / 2), warmup * 2 / Math.max(1, rate), null); // warm the JIT and pools
        Histogram h = Stats.histogram();
        long start = System.nanoTime();
        Result r = run(client, url, token, rate, seconds, h);
        double elapsed = (System.nanoTime() - start) / 1e9;
        System.out.printf("registration: target %d/s for %d s -> %.1f/s ok, %d errors; %s%n", rate, seconds,
                r.ok / elapsed, r.errors, Stats.summary(h));
        if (!r.errorSamples.isEmpty()) {
            System.out.println("error samples: " + r.errorSamples.values());
        }
        System.exit(0);
    }

    record Result(int ok, int errors, ConcurrentHashMap<Integer, String> errorSamples) {
    }

    static Result run(HttpClient client, String url, String token, int rate, int seconds, Histogram h) throws Exception {
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
            HttpRequest req = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body(i))).build();
            client.sendAsync(req, HttpResponse.BodyHandlers.ofString()).whenComplete((resp, err) -> {
                long micros = (System.nanoTime() - due) / 1000;
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
                done.countDown();
            });
        }, 0, intervalNanos, TimeUnit.NANOSECONDS);
        done.await(seconds + 120L, TimeUnit.SECONDS);
        ticker.shutdownNow();
        return new Result(ok.get(), errors.get(), samples);
    }

    /** An in-person application of a natural person with a valid, distinct ID number. */
    static String body(int i) {
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
