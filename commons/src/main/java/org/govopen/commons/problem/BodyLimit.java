package org.govopen.commons.problem;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.runtime.configuration.MemorySizeConverter;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A request whose {@code Content-Length} exceeds {@code quarkus.http.limits.max-body-size} is answered 413 with an
 * {@code application/problem+json} body of type {@code urn:govopen:problem:payload-too-large} — Quarkus' own check
 * (a route at order {@link RouteConstants#ROUTE_ORDER_UPLOAD_LIMIT}) would answer with an empty body; this route runs
 * just before it. The body that follows is read and dropped up to four times the limit, so a client that sends it
 * whole before reading the answer still gets the answer; beyond that the connection is closed.
 * <p>
 * A body sent without {@code Content-Length} (chunked) is read here by Vert.x' own {@link BodyHandler} with the same
 * limit (Quarkus REST takes the body it read); one that grows past the limit fails the request with 413, which the
 * failure handler of this class answers with the same problem — Quarkus would stop it while reading, with an empty
 * 413.
 */
@ApplicationScoped
public class BodyLimit {

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    java.util.Optional<String> maxBodySize;

    @Inject
    ObjectMapper mapper;

    void install(@Observes Router router) {
        if (maxBodySize.isEmpty() || maxBodySize.get().isBlank()) {
            return;
        }
        MemorySize size = new MemorySizeConverter().convert(maxBodySize.get().trim());
        long limit = size.asLongValue();
        BodyHandler chunked = BodyHandler.create(false).setBodyLimit(limit).setDeleteUploadedFilesOnEnd(true);
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(ctx -> {
            long declared = contentLength(ctx);
            if (declared > limit) {
                refuse(ctx, limit, declared);
            } else if (declared < 0 && isChunked(ctx.request())) {
                chunked.handle(ctx);
            } else {
                ctx.next();
            }
        });
        router.route().order(Integer.MIN_VALUE).failureHandler(ctx -> {
            if (ctx.statusCode() == 413 && !ctx.response().headWritten()) {
                refuse(ctx, limit, -1);
            } else {
                ctx.next();
            }
        });
    }

    private static boolean isChunked(HttpServerRequest request) {
        String encoding = request.getHeader(HttpHeaders.TRANSFER_ENCODING);
        return encoding != null && encoding.toLowerCase(java.util.Locale.ROOT).contains("chunked");
    }

    private static long contentLength(RoutingContext ctx) {
        String header = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (header == null) {
            return -1;
        }
        try {
            return Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            return -1; // Vert.x itself refuses a malformed Content-Length
        }
    }

    private void refuse(RoutingContext ctx, long limit, long declared) {
        String size = declared < 0 ? "请求内容" : "请求内容为 " + megabytes(declared) + "，";
        Problem p = new Problem(ProblemType.PAYLOAD_TOO_LARGE.uri(), ProblemType.PAYLOAD_TOO_LARGE.title(), 413,
                size + "超过上限 " + megabytes(limit) + "；请减少内容后再提交",
                ctx.request().path(), null, Map.of("maxBodySize", limit));
        String json = p.toJson(mapper);
        HttpServerRequest request = ctx.request();
        long drainLimit = limit * 4;
        boolean drain = declared >= 0 && declared <= drainLimit; // a chunked body's rest is of unknown size
        var response = ctx.response().setStatusCode(413).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE);
        if (drain) {
            AtomicLong dropped = new AtomicLong();
            request.handler(chunk -> {
                if (dropped.addAndGet(chunk.length()) > drainLimit) {
                    request.connection().close();
                }
            });
            request.endHandler(v -> {
                // the whole body has been read: the connection can serve the next request
            });
            request.resume();
        } else {
            response.putHeader(HttpHeaders.CONNECTION, "close");
            response.endHandler(v -> request.connection().close());
        }
        response.end(json);
    }

    private static String megabytes(long bytes) {
        return String.format("%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
