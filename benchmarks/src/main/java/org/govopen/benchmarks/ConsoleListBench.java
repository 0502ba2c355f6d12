package org.govopen.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.HdrHistogram.Histogram;

/**
 * The operator console's open list with the alerts {@link ConsoleIntakeBench} left (100,000 open groups): each query
 * {@code N} times one after another after a warm-up, as an operator's page and the 12345 platform's screens ask it —
 * the city's whole list (most urgent first), one unit, breaches only, the counts per unit. Target (issue 11): p95
 * below 100 ms.
 * <pre>java -cp … org.govopen.benchmarks.ConsoleListBench BASE_URL TOKEN [N]</pre>
 */
public final class ConsoleListBench {

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String token = args[1];
        int n = args.length > 2 ? Integer.parseInt(args[2]) : 500;
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String[] queries = {
            "/api/v1/alert-groups",
            "/api/v1/alert-groups?unit=nanning/qingxiu/bench-7",
            "/api/v1/alert-groups?level=BREACH&size=100",
            "/api/v1/alert-groups?service=bench&status=OPEN&sort=-lastAlertAt",
            "/api/v1/alert-groups/counts",
        };
        for (String q : queries) {
            HttpRequest req = HttpRequest.newBuilder(URI.create(base + q)).header("Authorization", "Bearer " + token)
                    .timeout(Duration.ofSeconds(30)).build();
            for (int i = 0; i < 30; i++) {
                http.send(req, HttpResponse.BodyHandlers.discarding());
            }
            Histogram h = Stats.histogram();
            long total = -1;
            for (int i = 0; i < n; i++) {
                long t0 = System.nanoTime();
                HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString());
                h.recordValue((System.nanoTime() - t0) / 1000);
                if (r.statusCode() != 200) {
                    throw new IllegalStateException(q + " answered " + r.statusCode() + ": " + r.body());
                }
                if (total < 0) {
                    var m = java.util.regex.Pattern.compile("\"total\":(\\d+)").matcher(r.body());
                    total = m.find() ? Long.parseLong(m.group(1)) : r.body().split("\"unit\"").length - 1;
                }
            }
            System.out.printf("%-70s total %7d  %s p95=%.1f ms%n", q, total, Stats.summary(h), h.getValueAtPercentile(95) / 1000.0);
        }
    }
}
