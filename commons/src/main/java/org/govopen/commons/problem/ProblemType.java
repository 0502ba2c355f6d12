package org.govopen.commons.problem;

/** The stable problem types of every GovOpen API, with their Chinese titles. */
public enum ProblemType {
    VALIDATION("validation", 400, "请求内容不合法"),
    MALFORMED("malformed-request", 400, "请求格式错误"),
    UNAUTHORIZED("unauthorized", 401, "未认证或令牌无效"),
    FORBIDDEN("forbidden", 403, "无权执行此操作"),
    NOT_FOUND("not-found", 404, "资源不存在"),
    METHOD_NOT_ALLOWED("method-not-allowed", 405, "不支持该请求方法"),
    NOT_ACCEPTABLE("not-acceptable", 406, "无法提供所要求的响应格式"),
    ILLEGAL_TRANSITION("illegal-transition", 409, "当前状态不允许此操作"),
    CONFLICT("conflict", 409, "请求与当前数据冲突"),
    PAYLOAD_TOO_LARGE("payload-too-large", 413, "请求内容过大"),
    URI_TOO_LONG("uri-too-long", 414, "请求地址过长"),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", 415, "不支持该请求内容类型"),
    INTERNAL("internal", 500, "服务器内部错误"),
    /** The database is away, a connection went stale, or a statement ran out of time: try again later (Retry-After). */
    UNAVAILABLE("unavailable", 503, "服务暂时不可用");

    private final String slug;
    private final int status;
    private final String title;

    ProblemType(String slug, int status, String title) {
        this.slug = slug;
        this.status = status;
        this.title = title;
    }

    public String uri() {
        return "urn:govopen:problem:" + slug;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public static ProblemType forStatus(int status) {
        for (ProblemType t : values()) {
            if (t.status == status && t != VALIDATION && t != CONFLICT) {
                return t;
            }
        }
        return status >= 500 ? INTERNAL : MALFORMED;
    }
}
