package org.govopen.walks;

import java.net.http.HttpRequest;
import java.util.function.Consumer;

/**
 * The running stack the walks call, as an integrator configures a client: each service's base URL
 * ({@code GOVOPEN_<SERVICE>_URL}, default the local ports 8081–8084) and the bearer tokens their identity provider
 * gave them ({@code GOVOPEN_WALK_<WHO>_TOKEN}; .ci/run makes them with deploy/local/token).
 */
final class Stack {

    /** The unit the walks work in; nothing else uses it, so repeated runs only add to it. */
    static final String UNIT = "ci-walk";

    private Stack() {
    }

    static String url(String service) {
        String fallback = switch (service) {
            case "catalog" -> "http://127.0.0.1:8081";
            case "request" -> "http://127.0.0.1:8082";
            case "sentiment" -> "http://127.0.0.1:8083";
            case "interaction" -> "http://127.0.0.1:8084";
            default -> throw new IllegalArgumentException(service);
        };
        String url = System.getenv("GOVOPEN_" + service.toUpperCase(java.util.Locale.ROOT) + "_URL");
        return url == null || url.isBlank() ? fallback : url;
    }

    /** A request interceptor that sends the token of {@code who} (clerk, desk, feed, hotline, supervisor). */
    static Consumer<HttpRequest.Builder> bearer(String who) {
        String name = "GOVOPEN_WALK_" + who.toUpperCase(java.util.Locale.ROOT) + "_TOKEN";
        String token = System.getenv(name);
        if (token == null || token.isBlank()) {
            throw new IllegalStateException(name + " is not set: make one with deploy/local/token ROLE " + UNIT);
        }
        return request -> request.header("Authorization", "Bearer " + token);
    }

    /** A number no earlier run used, for what must be unique (a 12345 ticket number, a signal's URL). */
    static String fresh(String prefix) {
        return prefix + "-" + java.util.UUID.randomUUID().toString().substring(0, 8);
    }
}
