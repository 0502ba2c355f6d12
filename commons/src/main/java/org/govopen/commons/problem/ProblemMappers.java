package org.govopen.commons.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.govopen.commons.json.RefusedValueException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every error a REST call can meet into {@code application/problem+json}: invalid input is a 400 that
 * names each field, an unknown id a 404, a forbidden state transition a 409, missing or bad credentials a
 * 401, a missing role or unit a 403, the database away or too slow a 503 with {@code Retry-After} — and anything
 * unexpected a 500 that leaks nothing but an error id. (A body over {@code quarkus.http.limits.max-body-size} is
 * answered before JAX-RS, by {@link BodyLimit}.)
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(e.toProblem(), uri);
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        boolean returnValue = e.getConstraintViolations().stream().anyMatch(v -> isReturnValue(v.getPropertyPath()));
        if (returnValue) {
            return internal(e, uri);
        }
        List<Violation> violations = new ArrayList<>();
        for (ConstraintViolation<?> v : e.getConstraintViolations()) {
            violations.add(new Violation(fieldOf(v.getPropertyPath()), v.getMessage()));
        }
        violations.sort(Comparator.comparing(Violation::field).thenComparing(Violation::message));
        return respond(new InvalidInputException(violations).toProblem(), uri);
    }

    @ServerExceptionMapper
    public Response invalidFormat(InvalidFormatException e, UriInfo uri) {
        return respond(new InvalidInputException(pathOf(e), messageOf(e)).toProblem(), uri);
    }

    /** What is wrong with a value Jackson could not take, in Chinese, echoing (a printable part of) the value. */
    static String messageOf(InvalidFormatException e) {
        if (e instanceof RefusedValueException refused) {
            return refused.reason();
        }
        String got = e.getValue() instanceof String s ? "“" + printable(s) + "”（字符串）" : printable(String.valueOf(e.getValue()));
        String expected = expectation(e.getTargetType());
        return expected != null ? expected + "，收到：" + got : "格式不正确：" + got;
    }

    /** What a field of {@code target}'s type must hold, or null when there is nothing more useful to say. */
    static String expectation(Class<?> target) {
        if (target == null) {
            return null;
        }
        if (target.isEnum()) {
            return "必须是以下取值之一：" + java.util.Arrays.toString(target.getEnumConstants());
        }
        if (target == int.class || target == Integer.class || target == long.class || target == Long.class
                || target == short.class || target == Short.class || target == java.math.BigInteger.class) {
            return "必须是整数（JSON 数字，不加引号）";
        }
        if (target == double.class || target == Double.class || target == float.class || target == Float.class
                || target == java.math.BigDecimal.class) {
            return "必须是数字（JSON 数字，不加引号）";
        }
        if (target == boolean.class || target == Boolean.class) {
            return "必须是 true 或 false（不加引号）";
        }
        if (target == String.class) {
            return "必须是文本（加引号的字符串）";
        }
        return null;
    }

    /** At most 60 characters of {@code s}, control characters shown as U+XXXX. */
    private static String printable(String s) {
        StringBuilder out = new StringBuilder();
        int n = Math.min(s.length(), 60);
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (Character.isISOControl(c) || Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') {
                out.append(String.format("U+%04X", (int) c));
            } else {
                out.append(c);
            }
        }
        return s.length() > n ? out.append('…').toString() : out.toString();
    }

    @ServerExceptionMapper
    public Response valueInstantiation(ValueInstantiationException e, UriInfo uri) {
        String reason = e.getCause() != null && e.getCause().getMessage() != null ? e.getCause().getMessage() : "取值不合法";
        return respond(new InvalidInputException(pathOf(e), reason).toProblem(), uri);
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        String field = pathOf(e);
        if (field.isEmpty()) {
            boolean trailing = e.getOriginalMessage() != null && e.getOriginalMessage().contains("FAIL_ON_TRAILING_TOKENS");
            return respond(malformed(trailing ? "JSON 值之后还有多余的内容" : "请求体缺失或不是所需的 JSON 对象"), uri);
        }
        String expected = expectation(e.getTargetType());
        return respond(new InvalidInputException(field, expected != null ? expected : "类型不正确").toProblem(), uri);
    }

    @ServerExceptionMapper
    public Response jsonMapping(JsonMappingException e, UriInfo uri) {
        String field = pathOf(e);
        return respond(field.isEmpty() ? malformed(e.getOriginalMessage())
                : new InvalidInputException(field, "取值不合法").toProblem(), uri);
    }

    @ServerExceptionMapper
    public Response jsonProcessing(JsonProcessingException e, UriInfo uri) {
        return respond(malformed("请求体不是合法的 JSON：" + e.getOriginalMessage()), uri);
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class,
            AuthenticationCompletionException.class})
    public Response unauthorized(RuntimeException e, UriInfo uri) {
        Problem p = problem(ProblemType.UNAUTHORIZED, "请使用有效的 Bearer 令牌访问此接口");
        return Response.status(401).type(Problem.MEDIA_TYPE).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .entity(p.withInstance(uri.getPath())).build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        String detail = e.getMessage() != null && !e.getMessage().isBlank() ? e.getMessage() : "当前用户的角色或所属单位不允许此操作";
        return respond(problem(ProblemType.FORBIDDEN, detail), uri);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        // a parameter converter's own problem (QueryParamConverters), carried through JAX-RS's conversion handling
        if (e.getCause() instanceof ProblemException p) {
            return problem(p, uri);
        }
        // the JSON reader reports unreadable bodies as a 400 wrapping Jackson's exception
        if (e.getCause() instanceof InvalidFormatException c) {
            return invalidFormat(c, uri);
        }
        if (e.getCause() instanceof ValueInstantiationException c) {
            return valueInstantiation(c, uri);
        }
        if (e.getCause() instanceof MismatchedInputException c) {
            return mismatchedInput(c, uri);
        }
        if (e.getCause() instanceof JsonMappingException c) {
            return jsonMapping(c, uri);
        }
        if (e.getCause() instanceof JsonProcessingException c) {
            return jsonProcessing(c, uri);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return internal(e, uri);
        }
        ProblemType type = ProblemType.forStatus(status);
        Problem p = new Problem(type.uri(), type.title(), status, detailOf(status, uri), null, null, Map.of());
        return respond(p, uri);
    }

    /** Two changes to the same record crossed: nothing was stored; the client may simply try again. */
    @ServerExceptionMapper({jakarta.persistence.OptimisticLockException.class, org.hibernate.StaleStateException.class})
    public Response concurrentChange(RuntimeException e, UriInfo uri) {
        LOG.debugf(e, "Concurrent change on %s", uri.getPath());
        Problem p = new Problem(ProblemType.CONFLICT.uri(), ProblemType.CONFLICT.title(), 409,
                "该记录刚被其他操作修改，本次操作未生效，请重试", null, null, Map.of("retryable", true));
        return respond(p, uri);
    }

    /**
     * Anything else is a 500 — unless the database refused it for a reason the client can act on, wherever it is
     * wrapped: a unique key taken by a request that crossed this one (409), or a deadlock or serialisation failure
     * it lost (409, retryable), text the database cannot store (400). Nothing was stored either way. When the
     * database is away, a pooled connection went stale, or a statement ran out of time, the answer is a 503 with
     * {@code Retry-After} ({@link #outageOf}).
     */
    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable e, UriInfo uri) {
        Outage outage = outageOf(e);
        if (outage != null) {
            LOG.warnf("%s on %s: %s", outage, uri == null ? "?" : uri.getPath(), rootMessage(e));
            LOG.debugf(e, "%s on %s", outage, uri == null ? "?" : uri.getPath());
            Problem p = new Problem(ProblemType.UNAVAILABLE.uri(), ProblemType.UNAVAILABLE.title(), 503, outage.detail,
                    null, null, Map.of("retryable", true));
            return Response.status(503).type(Problem.MEDIA_TYPE).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                    .entity(p.withInstance(uri == null ? null : uri.getPath())).build();
        }
        String state = sqlState(e);
        if ("22021".equals(state) || "22P05".equals(state)) {
            LOG.debugf(e, "Unstorable text on %s", uri == null ? "?" : uri.getPath());
            return respond(malformed("请求中含有无法保存的字符（如 U+0000）"), uri);
        }
        if ("23505".equals(state)) {
            LOG.debugf(e, "Unique key taken on %s", uri == null ? "?" : uri.getPath());
            return respond(new Problem(ProblemType.CONFLICT.uri(), ProblemType.CONFLICT.title(), 409,
                    "与已有记录重复（可能与同时提交的请求重复），本次操作未生效", null, null, Map.of("retryable", false)), uri);
        }
        if ("40P01".equals(state) || "40001".equals(state)) {
            LOG.debugf(e, "Lost a deadlock or serialisation on %s", uri == null ? "?" : uri.getPath());
            return respond(new Problem(ProblemType.CONFLICT.uri(), ProblemType.CONFLICT.title(), 409,
                    "该记录刚被其他操作修改，本次操作未生效，请重试", null, null, Map.of("retryable", true)), uri);
        }
        return internal(e, uri);
    }

    /** Seconds a client should wait before trying again after a 503. */
    static final int RETRY_AFTER_SECONDS = 5;

    /** Why the database could not serve this request, when that is the reason it failed. */
    enum Outage {
        DATABASE_UNAVAILABLE("数据库暂时无法访问，请稍后重试"),
        STATEMENT_TIMEOUT("数据库处理超时，本次操作未生效，请稍后重试；如仍超时，请缩小查询范围");

        final String detail;

        Outage(String detail) {
            this.detail = detail;
        }
    }

    /**
     * A JDBC connection failure (SQLState class 08; 57P01/57P02/57P03 the server shutting down or terminating the
     * session, 53300 too many connections; Hibernate's {@code JDBCConnectionException}; Agroal finding no connection
     * in time) is {@link Outage#DATABASE_UNAVAILABLE}; 57014, a statement cancelled by {@code statement_timeout}, is
     * {@link Outage#STATEMENT_TIMEOUT}. Null for anything else.
     */
    /**
     * Whether {@code e} is the database being away or overloaded ({@link #outageOf}): what a consumer waits out rather
     * than parks.
     */
    public static boolean isOutage(Throwable e) {
        return outageOf(e) != null;
    }

    static Outage outageOf(Throwable e) {
        java.util.Set<Throwable> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        java.util.Deque<Throwable> todo = new java.util.ArrayDeque<>();
        todo.add(e);
        while (!todo.isEmpty()) {
            Throwable t = todo.poll();
            if (t == null || !seen.add(t)) {
                continue;
            }
            if (t instanceof org.hibernate.exception.JDBCConnectionException
                    || t instanceof java.sql.SQLTransientConnectionException
                    || t instanceof java.sql.SQLNonTransientConnectionException) {
                return Outage.DATABASE_UNAVAILABLE;
            }
            if (t instanceof java.sql.SQLException sql) {
                String state = sql.getSQLState();
                if ("57014".equals(state)) {
                    return Outage.STATEMENT_TIMEOUT;
                }
                if (state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
                        || state.equals("57P03") || state.equals("53300"))) {
                    return Outage.DATABASE_UNAVAILABLE;
                }
                // Agroal: no connection became free (or could be opened) within the acquisition timeout
                if (state == null && sql.getMessage() != null && sql.getMessage().contains("acquisition timeout")) {
                    return Outage.DATABASE_UNAVAILABLE;
                }
            }
            if (t.getCause() != null) {
                todo.add(t.getCause());
            }
            todo.addAll(java.util.Arrays.asList(t.getSuppressed()));
            if (t instanceof java.sql.SQLException sql && sql.getNextException() != null) {
                todo.add(sql.getNextException());
            }
        }
        return null;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private static String sqlState(Throwable e) {
        for (Throwable t = e; t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }

    private static Response internal(Throwable e, UriInfo uri) {
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error %s on %s", errorId, uri == null ? "?" : uri.getPath());
        Problem p = new Problem(ProblemType.INTERNAL.uri(), ProblemType.INTERNAL.title(), 500,
                "请稍后重试；如仍失败，请向运维人员提供错误编号 " + errorId, null, null, Map.of("errorId", errorId));
        return respond(p, uri);
    }

    private static Response respond(Problem p, UriInfo uri) {
        return Response.status(p.status()).type(Problem.MEDIA_TYPE).entity(p.withInstance(uri == null ? null : uri.getPath())).build();
    }

    private static Problem problem(ProblemType type, String detail) {
        return new Problem(type.uri(), type.title(), type.status(), detail, null, null, Map.of());
    }

    private static Problem malformed(String detail) {
        return problem(ProblemType.MALFORMED, detail);
    }

    private static String detailOf(int status, UriInfo uri) {
        return switch (status) {
            case 404 -> "没有这个地址：" + uri.getPath();
            case 405 -> "该地址不支持此请求方法";
            case 406 -> "无法按 Accept 头提供响应";
            case 415 -> "请以 application/json 提交";
            default -> "请求无法处理（HTTP " + status + "）";
        };
    }

    private static boolean isReturnValue(Path path) {
        for (Path.Node n : path) {
            if (n.getKind() == ElementKind.RETURN_VALUE) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code register.body.applicant.name} → {@code applicant.name}; {@code dueDate.workingDays} →
     * {@code workingDays}; list elements get their index: {@code holidays[1].offDays}.
     */
    static String fieldOf(Path path) {
        List<Path.Node> nodes = new ArrayList<>();
        path.forEach(nodes::add);
        int start = 0;
        while (start < nodes.size() && nodes.get(start).getKind() == ElementKind.METHOD) {
            start++;
        }
        boolean parameterThenMore = start < nodes.size() - 1 && nodes.get(start).getKind() == ElementKind.PARAMETER;
        if (parameterThenMore) {
            start++;
        }
        StringBuilder field = new StringBuilder();
        for (int i = start; i < nodes.size(); i++) {
            Path.Node n = nodes.get(i);
            if (n.isInIterable()) {
                field.append('[').append(n.getIndex() != null ? n.getIndex() : n.getKey()).append(']');
            }
            if (n.getKind() == ElementKind.CONTAINER_ELEMENT || n.getKind() == ElementKind.BEAN || n.getName() == null) {
                continue;
            }
            if (!field.isEmpty()) {
                field.append('.');
            }
            field.append(n.getName());
        }
        return field.toString();
    }

    static String pathOf(JsonMappingException e) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                field.append('[').append(ref.getIndex()).append(']');
            }
        }
        return field.toString();
    }
}
