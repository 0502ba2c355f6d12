package org.govopen.commons.openapi;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.govopen.commons.problem.Problem;

/**
 * Documents, on every operation under {@code /api/} of every service, the {@code application/problem+json} answers the kernel gives
 * ({@code ProblemMappers}), so that a generated client knows a 400 carries {@code violations} and a 409
 * {@code currentState}: 400 where the operation takes parameters or a body, 401 and 403 where it needs a token, 404
 * where its path names a resource, 409 where it changes something, 413 where it takes a body, and 500 and 503
 * (with {@code Retry-After}) everywhere. A response an operation
 * documents itself is kept; only its missing content is filled in. Registered with {@code mp.openapi.filter}.
 */
public class ProblemResponses implements OASFilter {

    static final String SCHEMA = "Problem";
    static final String REF = "#/components/schemas/" + SCHEMA;

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        addSchemas(openAPI.getComponents());
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            if (!path.getKey().startsWith("/api/")) {
                continue; // a facade with an error format of its own (Open311 GeoReport v2 under /open311) documents its own
            }
            PathItem item = path.getValue();
            boolean pathParameters = path.getKey().contains("{");
            for (Map.Entry<PathItem.HttpMethod, Operation> op : item.getOperations().entrySet()) {
                document(op.getKey(), op.getValue(), pathParameters, item.getParameters() != null
                        && !item.getParameters().isEmpty(), openAPI.getSecurity() != null && !openAPI.getSecurity().isEmpty());
            }
        }
    }

    private static void document(PathItem.HttpMethod method, Operation op, boolean pathParameters,
                                 boolean pathItemParameters, boolean securedByDefault) {
        if (op.getResponses() == null) {
            op.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = op.getResponses();
        boolean takesInput = pathItemParameters || op.getRequestBody() != null
                || (op.getParameters() != null && !op.getParameters().isEmpty());
        boolean secured = op.getSecurity() != null ? !op.getSecurity().isEmpty() : securedByDefault;
        boolean changes = method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT
                || method == PathItem.HttpMethod.PATCH || method == PathItem.HttpMethod.DELETE;
        if (takesInput) {
            add(responses, "400", "请求内容不合法：`violations` 逐一列出不合法的字段（`field`、`message`）",
                    "urn:govopen:problem:validation", "请求内容不合法", 400, "page：必须是整数，收到：abc");
        }
        if (secured) {
            add(responses, "401", "未提供令牌，或令牌无效、已过期", "urn:govopen:problem:unauthorized", "未认证或令牌无效", 401,
                    "请使用有效的 Bearer 令牌访问此接口");
            add(responses, "403", "令牌的角色或所属单位（unit）不允许此操作", "urn:govopen:problem:forbidden", "无权执行此操作", 403,
                    "所属单位“nanning/qingxiu”无权处理单位“nanning/xingning”的事项");
        }
        if (pathParameters) {
            add(responses, "404", "所指的记录不存在", "urn:govopen:problem:not-found", "资源不存在", 404,
                    "没有这个记录：00000000-0000-0000-0000-000000000001");
        }
        if (changes) {
            add(responses, "409", "当前状态不允许此操作（`currentState` 给出当前状态，`allowedActions` 给出可执行的操作），"
                    + "或与已有记录冲突（`retryable` 表示可否重试）", "urn:govopen:problem:illegal-transition",
                    "当前状态不允许此操作", 409, "当前状态为“已归档”，不能执行“答复”");
        }
        if (op.getRequestBody() != null) {
            add(responses, "413", "请求内容超过上限（`maxBodySize` 字节，即 quarkus.http.limits.max-body-size）",
                    "urn:govopen:problem:payload-too-large", "请求内容过大", 413, "请求内容为 2.5 MB，超过上限 2.0 MB；请减少内容后再提交");
        }
        add(responses, "500", "服务器内部错误：`errorId` 可交运维人员查询日志", "urn:govopen:problem:internal", "服务器内部错误", 500,
                "请稍后重试；如仍失败，请向运维人员提供错误编号 8d0f…");
        add(responses, "503", "数据库暂时无法访问或处理超时：本次操作未完成，按 `Retry-After` 头（秒）稍后重试",
                "urn:govopen:problem:unavailable", "服务暂时不可用", 503, "数据库暂时无法访问，请稍后重试");
        APIResponse unavailable = responses.getAPIResponse("503");
        if (unavailable.getHeaders() == null || !unavailable.getHeaders().containsKey("Retry-After")) {
            unavailable.addHeader("Retry-After", OASFactory.createHeader().description("seconds to wait before trying again")
                    .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER))));
        }
    }

    private static void add(APIResponses responses, String status, String description, String type, String title,
                            int code, String detail) {
        APIResponse response = responses.getAPIResponse(status);
        if (response == null) {
            response = OASFactory.createAPIResponse().description(description);
            responses.addAPIResponse(status, response);
        } else if (response.getDescription() == null || response.getDescription().isBlank()
                || response.getDescription().startsWith("Not ")) { // Quarkus' own "Not Authorized" / "Not Allowed"
            response.setDescription(description);
        }
        if (response.getContent() == null || response.getContent().getMediaType(Problem.MEDIA_TYPE) == null) {
            Content content = response.getContent() == null ? OASFactory.createContent() : response.getContent();
            MediaType media = OASFactory.createMediaType().schema(OASFactory.createSchema().ref(REF))
                    .example(example(type, title, code, detail));
            content.addMediaType(Problem.MEDIA_TYPE, media);
            response.setContent(content);
        }
    }

    private static void addSchemas(Components components) {
        Schema violation = OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                .description("one invalid field of a request")
                .addProperty("field", string("the field's dotted path, e.g. `applicant.idNumber`, `holidays[1].offDays`, `page`"))
                .addProperty("message", string("what is wrong with it, in Chinese"))
                .required(List.of("field", "message"));
        Schema problem = OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                .description("RFC 9457 problem detail, media type `application/problem+json`")
                .addProperty("type", string("stable, for programs: `urn:govopen:problem:validation`, `…:malformed-request`, "
                        + "`…:unauthorized`, `…:forbidden`, `…:not-found`, `…:illegal-transition`, `…:conflict`, "
                        + "`…:payload-too-large`, `…:unavailable`, `…:internal`"))
                .addProperty("title", string("short, in Chinese, fixed per type"))
                .addProperty("status", OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)).format("int32"))
                .addProperty("detail", string("what happened in this case, in Chinese"))
                .addProperty("instance", string("the request path"))
                .addProperty("violations", OASFactory.createSchema().type(List.of(Schema.SchemaType.ARRAY))
                        .items(OASFactory.createSchema().ref("#/components/schemas/Violation"))
                        .description("status 400: each invalid field"))
                .addProperty("currentState", string("status 409 (illegal-transition): the record's current state"))
                .addProperty("action", string("status 409 (illegal-transition): the action refused"))
                .addProperty("allowedActions", OASFactory.createSchema().type(List.of(Schema.SchemaType.ARRAY))
                        .items(string(null)).description("status 409 (illegal-transition): what may be done now"))
                .addProperty("retryable", OASFactory.createSchema().type(List.of(Schema.SchemaType.BOOLEAN))
                        .description("status 409 (conflict), 503 (unavailable): true when the same request may simply be sent again"))
                .addProperty("maxBodySize", OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)).format("int64")
                        .description("status 413: the largest body accepted, in bytes"))
                .addProperty("errorId", string("status 500: quote it to the operators"))
                .required(List.of("type", "title", "status"));
        components.addSchema("Violation", violation);
        components.addSchema(SCHEMA, problem);
    }

    private static Schema string(String description) {
        Schema s = OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING));
        return description == null ? s : s.description(description);
    }

    /** A problem's example in a fixed order (a {@code Map.of} would change the document's text from run to run). */
    private static Map<String, Object> example(String type, String title, Object status, String detail) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("type", type);
        m.put("title", title);
        m.put("status", status);
        m.put("detail", detail);
        return m;
    }
}
