package org.govopen.commons.problem;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Map;

/**
 * A request whose path (without its query) is longer than {@link #MAX_PATH} characters is answered 414 with an
 * {@code application/problem+json} body of type {@code urn:govopen:problem:uri-too-long}, before anything routes it.
 * <p>
 * The request line may be long (1 MB, {@code quarkus.http.limits.max-initial-line-length}) so that a long query
 * parameter reaches {@code QueryParamConverters} and is refused with a problem naming it. The path must not: Quarkus
 * REST matches it against its path templates with regular expressions on the event loop, and a 100,000-character
 * path kept both event loops of catalog-service busy for minutes (the fuzzer of issue 14). No path of this product
 * is longer than a unit path, an id and a few segments.
 */
@ApplicationScoped
public class PathLengthLimit {

    /** Longer than any path of the product: the deepest unit path (240) and an id, with room to spare. */
    public static final int MAX_PATH = 1024;

    @Inject
    ObjectMapper mapper;

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(ctx -> {
            String path = ctx.request().path();
            if (path == null || path.length() <= MAX_PATH) {
                ctx.next();
                return;
            }
            Problem p = new Problem(ProblemType.URI_TOO_LONG.uri(), ProblemType.URI_TOO_LONG.title(), 414,
                    "请求地址的路径有 " + path.length() + " 个字符，超过上限 " + MAX_PATH + "；请检查地址",
                    null, null, Map.of("maxPathLength", MAX_PATH));
            ctx.response().setStatusCode(414).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .putHeader(HttpHeaders.CONNECTION, "close").end(p.toJson(mapper));
        });
    }
}
