package org.govopen.reliability;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** One HTTP/1.1 client for the harness; every answer, or the failure to get one, becomes a {@link Answer}. */
final class Http {

    /** No answer at all: connection refused or reset, timeout. */
    static final int NO_ANSWER = -1;

    private static final ExecutorService POOL = Executors.newFixedThreadPool(16, r -> {
        Thread t = new Thread(r, "http");
        t.setDaemon(true);
        return t;
    });
    static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(3)).executor(POOL).build();

    private Http() {
    }

    /** status (or {@link #NO_ANSWER}), body, content type, and when it was sent and answered (System.nanoTime). */
    record Answer(int status, String body, String contentType, long sent, long done, String error) {
        boolean is2xx() {
            return status >= 200 && status < 300;
        }

        boolean is5xx() {
            return status >= 500;
        }

        boolean problemJson() {
            return contentType != null && contentType.startsWith("application/problem+json");
        }

        String describe() {
            return status == NO_ANSWER ? "no answer (" + error + ")" : Integer.toString(status);
        }
    }

    static HttpRequest.Builder request(String url, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b;
    }

    static HttpRequest get(String url, String token) {
        return request(url, token).GET().build();
    }

    static HttpRequest postJson(String url, String token, String json) {
        return request(url, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
    }

    static Answer send(HttpRequest req) {
        long sent = System.nanoTime();
        try {
            HttpResponse<String> r = CLIENT.send(req, HttpResponse.BodyHandlers.ofString());
            return answer(r, sent);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(NO_ANSWER, "", null, sent, System.nanoTime(), "interrupted");
        } catch (IOException | RuntimeException e) {
            return new Answer(NO_ANSWER, "", null, sent, System.nanoTime(), failure(e));
        }
    }

    static CompletableFuture<Answer> sendAsync(HttpRequest req) {
        long sent = System.nanoTime();
        try {
            return CLIENT.sendAsync(req, HttpResponse.BodyHandlers.ofString())
                    .handle((r, e) -> e == null ? answer(r, sent)
                            : new Answer(NO_ANSWER, "", null, sent, System.nanoTime(), failure(e)));
        } catch (RuntimeException e) {
            return CompletableFuture.completedFuture(new Answer(NO_ANSWER, "", null, sent, System.nanoTime(), failure(e)));
        }
    }

    private static Answer answer(HttpResponse<String> r, long sent) {
        return new Answer(r.statusCode(), r.body() == null ? "" : r.body(),
                r.headers().firstValue("Content-Type").orElse(null), sent, System.nanoTime(), null);
    }

    private static String failure(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && (t instanceof java.util.concurrent.CompletionException || t.getMessage() == null)) {
            t = t.getCause();
        }
        if (t instanceof HttpTimeoutException) {
            return "timeout";
        }
        String m = t.getMessage();
        return t.getClass().getSimpleName() + (m == null ? "" : ": " + m);
    }
}
