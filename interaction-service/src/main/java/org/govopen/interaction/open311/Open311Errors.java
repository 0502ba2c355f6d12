package org.govopen.interaction.open311;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.govopen.commons.problem.Problem;
import org.govopen.commons.problem.ProblemException;
import org.govopen.commons.problem.ProblemMappers;

/**
 * Every error of the Open311 endpoints in the spec's format — {@code [{"code":400,"description":"…"}]}, or
 * {@code <errors><error><code>400</code><description>…</description></error></errors>} for a {@code .xml} path —
 * never {@code application/problem+json}, which no GeoReport client reads. What the error is (its status, its Chinese
 * description, {@code Retry-After} when the database is away) is decided by the kernel's {@link ProblemMappers}, as
 * for every other endpoint; only the format differs. A 400 naming several fields is one error per field.
 */
@ApplicationScoped
public class Open311Errors {

    private static final ProblemMappers KERNEL = new ProblemMappers();

    @Inject
    ObjectMapper mapper;

    public Response respond(Throwable e, UriInfo uri) {
        Response kernel = problemOf(e, uri);
        int status = kernel.getStatus();
        Open311Format format = Open311Format.ofPath(uri == null ? null : uri.getPath());
        Response.ResponseBuilder out = write(Response.status(status), format,
                Open311Views.errors(status, descriptions(status, kernel.getEntity())));
        Object retryAfter = kernel.getHeaders().getFirst(HttpHeaders.RETRY_AFTER);
        if (retryAfter != null) {
            out.header(HttpHeaders.RETRY_AFTER, retryAfter);
        }
        return out.build();
    }

    /** The errors document of a kernel problem answered on a path (in its format), for {@link Open311ErrorFormat}. */
    byte[] rewrite(int status, Problem problem, Open311Format format) {
        Open311Document d = Open311Views.errors(status, descriptions(status, problem));
        return format == Open311Format.XML ? d.xml() : d.json(mapper);
    }

    /** One description per invalid field ({@code field：message}), else the problem's detail. */
    static List<String> descriptions(int status, Object entity) {
        if (status == 415) {
            return List.of("请以 application/x-www-form-urlencoded 表单提交（GeoReport v2）");
        }
        if (entity instanceof Problem p) {
            return p.violations() != null && !p.violations().isEmpty()
                    ? p.violations().stream().map(v -> v.field() + "：" + v.message()).toList()
                    : List.of(p.detail() != null ? p.detail() : p.title());
        }
        return List.of("请求无法处理（HTTP " + status + "）");
    }

    Response.ResponseBuilder write(Response.ResponseBuilder response, Open311Format format, Open311Document document) {
        byte[] body = format == Open311Format.XML ? document.xml() : document.json(mapper);
        return response.entity(body).header(HttpHeaders.CONTENT_TYPE, format.contentType());
    }

    /** The kernel's answer to {@code e}, as its global mappers would give it. */
    private static Response problemOf(Throwable e, UriInfo uri) {
        if (e instanceof ProblemException p) {
            return KERNEL.problem(p, uri);
        }
        if (e instanceof ConstraintViolationException c) {
            return KERNEL.constraintViolation(c, uri);
        }
        if (e instanceof UnauthorizedException || e instanceof AuthenticationFailedException
                || e instanceof AuthenticationCompletionException) {
            return KERNEL.unauthorized((RuntimeException) e, uri);
        }
        if (e instanceof ForbiddenException f) {
            return KERNEL.forbidden(f, uri);
        }
        if (e instanceof WebApplicationException w) {
            return KERNEL.webApplication(w, uri);
        }
        if (e instanceof jakarta.persistence.OptimisticLockException || e instanceof org.hibernate.StaleStateException) {
            return KERNEL.concurrentChange((RuntimeException) e, uri);
        }
        return KERNEL.unexpected(e, uri);
    }
}
