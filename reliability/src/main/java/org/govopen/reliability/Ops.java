package org.govopen.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The operations of a service as its OpenAPI document ({@code /q/openapi?format=json}) describes them, and a
 * valid-looking request for each: a body built from the schema (examples first, then enums, formats and field
 * names), and parameters, ids taken from what earlier requests created ({@link Harvest}).
 */
final class Ops {

    static final ObjectMapper JSON = new ObjectMapper();
    static final JsonNodeFactory F = JsonNodeFactory.instance;
    static final String UNIT = "nanning/qingxiu";

    record Param(String name, String in, boolean required, JsonNode schema) {
    }

    record Op(String service, String method, String path, List<Param> params, JsonNode bodySchema, String mediaType,
              boolean secured, List<String> roles) {
        String label() {
            return method + " " + path;
        }

        boolean writes() {
            return !method.equals("GET");
        }
    }

    /** A request ready to send: the URL with its query, and a body (null: none). */
    record Req(String method, String url, String contentType, byte[] body, Map<String, String> headers) {
    }

    final String service;
    final JsonNode doc;
    final List<Op> ops = new ArrayList<>();

    Ops(String service) throws Exception {
        this.service = service;
        String dir = System.getenv("OPENAPI_DIR");
        if (dir != null && !dir.isBlank()) {
            // documents saved earlier (FUZZ_DRY_RUN without a running service)
            doc = JSON.readTree(java.nio.file.Path.of(dir, service + ".json").toFile());
        } else {
            Http.Answer a = Http.send(Http.get(Stack.url(service) + "/q/openapi?format=json", null));
            if (a.status() != 200) {
                throw new IllegalStateException("no OpenAPI document from " + service + ": " + a.describe());
            }
            doc = JSON.readTree(a.body());
        }
        boolean securedByDefault = doc.has("security") && doc.get("security").size() > 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> p = paths.next();
            List<Param> shared = params(p.getValue().path("parameters"));
            for (Iterator<Map.Entry<String, JsonNode>> ms = p.getValue().fields(); ms.hasNext(); ) {
                Map.Entry<String, JsonNode> m = ms.next();
                String method = m.getKey().toUpperCase();
                if (!List.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)) {
                    continue;
                }
                JsonNode o = m.getValue();
                List<Param> params = new ArrayList<>(shared);
                params.addAll(params(o.path("parameters")));
                JsonNode body = null;
                String media = null;
                JsonNode content = o.path("requestBody").path("content");
                if (content.isObject() && content.size() > 0) {
                    Map.Entry<String, JsonNode> first = content.fields().next();
                    media = first.getKey();
                    body = first.getValue().path("schema");
                    if (content.has("application/json")) {
                        media = "application/json";
                        body = content.get("application/json").path("schema");
                    }
                }
                JsonNode security = o.has("security") ? o.get("security") : doc.path("security");
                boolean secured = o.has("security") ? o.get("security").size() > 0 : securedByDefault;
                List<String> roles = new ArrayList<>();
                for (JsonNode req : security) {
                    for (Iterator<JsonNode> it = req.elements(); it.hasNext(); ) {
                        it.next().forEach(r -> roles.add(r.asText()));
                    }
                }
                ops.add(new Op(service, method, p.getKey(), params, body, media, secured, roles));
            }
        }
        // creations first, so that later operations find ids to work on
        ops.sort((x, y) -> Integer.compare(rank(x), rank(y)));
    }

    private static int rank(Op o) {
        int depth = o.path().split("\\{").length;
        return depth * 10 + (o.method().equals("POST") ? 0 : o.method().equals("GET") ? 5 : 3);
    }

    private static List<Param> params(JsonNode list) {
        List<Param> l = new ArrayList<>();
        for (JsonNode p : list) {
            l.add(new Param(p.path("name").asText(), p.path("in").asText(), p.path("required").asBoolean(false), p.path("schema")));
        }
        return l;
    }

    JsonNode resolve(JsonNode s) {
        for (int i = 0; i < 10 && s != null && s.has("$ref"); i++) {
            String ref = s.get("$ref").asText();
            JsonNode target = doc.at(ref.substring(1));
            if (target.isMissingNode()) {
                return F.objectNode();
            }
            // 3.1 allows siblings of $ref (description, nullable): keep the target's content
            s = target;
        }
        if (s != null && s.has("allOf")) {
            ObjectNode merged = F.objectNode();
            ObjectNode props = F.objectNode();
            ArrayNode required = F.arrayNode();
            for (JsonNode part : s.get("allOf")) {
                JsonNode r = resolve(part);
                r.fields().forEachRemaining(e -> {
                    if (e.getKey().equals("properties")) {
                        props.setAll((ObjectNode) e.getValue());
                    } else if (e.getKey().equals("required")) {
                        required.addAll((ArrayNode) e.getValue());
                    } else {
                        merged.set(e.getKey(), e.getValue());
                    }
                });
            }
            if (props.size() > 0) {
                merged.set("properties", props);
                merged.put("type", "object");
            }
            if (required.size() > 0) {
                merged.set("required", required);
            }
            return merged;
        }
        for (String alt : List.of("oneOf", "anyOf")) {
            if (s != null && s.has(alt)) {
                for (JsonNode option : s.get(alt)) {
                    JsonNode r = resolve(option);
                    if (!"null".equals(type(r))) {
                        return r;
                    }
                }
            }
        }
        return s == null ? F.objectNode() : s;
    }

    /** The schema's type; in 3.1 a list like ["string","null"] gives its first non-null one. */
    static String type(JsonNode s) {
        JsonNode t = s.path("type");
        if (t.isArray()) {
            for (JsonNode x : t) {
                if (!x.asText().equals("null")) {
                    return x.asText();
                }
            }
            return "null";
        }
        if (t.isTextual()) {
            return t.asText();
        }
        if (s.has("properties")) {
            return "object";
        }
        if (s.has("enum")) {
            return "string";
        }
        return "";
    }

    static JsonNode example(JsonNode s) {
        if (s.has("example") && !s.get("example").isNull()) {
            return s.get("example");
        }
        if (s.has("examples") && s.get("examples").isArray() && s.get("examples").size() > 0) {
            return s.get("examples").get(0);
        }
        if (s.has("default") && !s.get("default").isNull()) {
            return s.get("default");
        }
        return null;
    }

    static LocalDate today() {
        return LocalDate.now(ZoneOffset.ofHours(8));
    }

    /** A valid-looking value for a schema; {@code name} (the field or parameter) picks plausible strings. */
    JsonNode sample(JsonNode schema, String name, Harvest harvest, int depth) {
        JsonNode s = resolve(schema);
        JsonNode ex = example(s);
        String type = type(s);
        String n0 = name == null ? "" : name.toLowerCase();
        String format = s.path("format").asText("");
        // examples first — except the generator's own for dates (2022-03-10) and a made-up ID number
        boolean own = format.equals("date") || format.equals("date-time") || n0.contains("idnumber");
        if (ex != null && !own && !(ex.isTextual() && !type.equals("string") && !type.isEmpty())) {
            return ex;
        }
        if (s.has("enum") && s.get("enum").size() > 0) {
            for (JsonNode v : s.get("enum")) {
                if (!v.isNull()) {
                    return v;
                }
            }
        }
        String n = name == null ? "" : name.toLowerCase();
        switch (type) {
            case "integer":
                if (n.equals("year")) {
                    return F.numberNode(today().getYear());
                }
                if (s.has("minimum")) {
                    return F.numberNode(Math.max(s.get("minimum").asLong(), Math.min(1, s.path("maximum").asLong(1))));
                }
                return F.numberNode(n.equals("page") ? 0 : 1);
            case "number":
                return F.numberNode(1.5);
            case "boolean":
                return F.booleanNode(false);
            case "array": {
                ArrayNode a = F.arrayNode();
                if (depth < 6) {
                    a.add(sample(s.path("items"), name, harvest, depth + 1));
                }
                return a;
            }
            case "object": {
                ObjectNode o = F.objectNode();
                if (depth < 6) {
                    for (Iterator<Map.Entry<String, JsonNode>> it = s.path("properties").fields(); it.hasNext(); ) {
                        Map.Entry<String, JsonNode> p = it.next();
                        if (p.getValue().path("readOnly").asBoolean(false)) {
                            continue;
                        }
                        o.set(p.getKey(), sample(p.getValue(), p.getKey(), harvest, depth + 1));
                    }
                    if (s.path("additionalProperties").isObject() && o.size() == 0) {
                        o.set("key", sample(s.get("additionalProperties"), "key", harvest, depth + 1));
                    }
                }
                return o;
            }
            default:
                return F.textNode(string(s, n, harvest));
        }
    }

    private String string(JsonNode s, String n, Harvest harvest) {
        String format = s.path("format").asText("");
        switch (format) {
            case "date":
                return today().minusDays(3).toString();
            case "date-time":
                return OffsetDateTime.now(ZoneOffset.ofHours(8)).minusHours(1).truncatedTo(ChronoUnit.SECONDS).toString();
            case "uuid":
                String h = harvest == null ? null : harvest.any(n);
                return h != null ? h : UUID.randomUUID().toString();
            case "uri", "url":
                return "https://www.example.gov.cn/info/1.html";
            case "email":
                return "someone@example.gov.cn";
            default:
        }
        if (n.equals("unit") || n.endsWith("unit")) {
            return UNIT;
        }
        if (n.equals("path")) {
            return UNIT + "/fz" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        }
        if (n.contains("url") || n.contains("link")) {
            return "https://www.example.gov.cn/info/1.html";
        }
        if (n.contains("phone")) {
            return "13800000000";
        }
        if (n.contains("idnumber")) {
            return "450103199001010016";
        }
        if (n.contains("email")) {
            return "someone@example.gov.cn";
        }
        if (n.contains("postcode")) {
            return "530022";
        }
        if (n.contains("date") || n.equals("from") || n.equals("to")) {
            return today().minusDays(3).toString();
        }
        String v = "演练" + (n.isEmpty() ? "值" : n);
        int min = s.path("minLength").asInt(0);
        while (v.length() < min) {
            v = v + "测";
        }
        int max = s.path("maxLength").asInt(Integer.MAX_VALUE);
        return v.length() > max ? v.substring(0, Math.max(1, max)) : v;
    }

    /** A valid-looking value for a parameter, as a string. */
    String paramValue(Op op, Param p, Harvest harvest) {
        String n = p.name().toLowerCase();
        if (p.in().equals("path")) {
            String h = harvest.forPath(op.path(), p.name());
            if (h != null) {
                return h;
            }
        }
        if (n.equals("unit")) {
            return UNIT;
        }
        JsonNode v = sample(p.schema(), p.name(), harvest, 0);
        if (v.isArray()) {
            return v.size() > 0 ? v.get(0).asText() : "";
        }
        return v.asText();
    }

    /** The base request: required parameters and those with an example, a sample body. */
    Base base(Op op, Harvest harvest) {
        Map<String, String> path = new LinkedHashMap<>();
        Map<String, String> query = new LinkedHashMap<>();
        Map<String, String> headers = new LinkedHashMap<>();
        for (Param p : op.params()) {
            if (p.in().equals("path")) {
                path.put(p.name(), paramValue(op, p, harvest));
            } else if (p.in().equals("query") && (p.required() || example(resolve(p.schema())) != null
                    || List.of("unit", "year", "from", "to").contains(p.name()))) {
                // some parameters are checked in code rather than marked required: give those a value too
                query.put(p.name(), paramValue(op, p, harvest));
            } else if (p.in().equals("header")) {
                // X-Tracking-Secret: the trackingSecret a registration answered
                String camel = camel(p.name().replaceFirst("(?i)^x-", ""));
                String h = harvest.any(camel);
                headers.put(p.name(), h != null ? h : paramValue(op, p, harvest));
            }
        }
        JsonNode body = op.bodySchema() == null ? null : sample(op.bodySchema(), null, harvest, 0);
        return new Base(op, path, query, headers, body);
    }

    /** A request in parts, to be mutated. */
    static String camel(String dashed) {
        StringBuilder b = new StringBuilder();
        boolean up = false;
        for (char c : dashed.toCharArray()) {
            if (c == '-') {
                up = true;
            } else {
                b.append(b.length() == 0 ? Character.toLowerCase(c) : up ? Character.toUpperCase(c) : Character.toLowerCase(c));
                up = false;
            }
        }
        return b.toString();
    }

    record Base(Op op, Map<String, String> path, Map<String, String> query, Map<String, String> headers, JsonNode body) {
        Req request() {
            return request(path, query, body == null ? null : body.toString().getBytes(StandardCharsets.UTF_8),
                    op.mediaType() == null ? "application/json" : op.mediaType());
        }

        Req request(Map<String, String> pathValues, Map<String, String> queryValues, byte[] bodyBytes, String contentType) {
            return new Req(op.method(), Stack.url(op.service()) + Ops.expand(op.path(), pathValues) + Ops.queryString(queryValues),
                    bodyBytes == null ? null : contentType, bodyBytes, headers);
        }
    }

    static String expand(String template, Map<String, String> values) {
        String p = template;
        for (Map.Entry<String, String> e : values.entrySet()) {
            String v = e.getValue();
            // a unit path keeps its slashes: it is one parameter over several segments
            String encoded = v.matches("[a-z0-9][a-z0-9/-]*") ? v : enc(v);
            p = p.replace("{" + e.getKey() + "}", encoded);
        }
        return p;
    }

    static String queryString(Map<String, String> q) {
        if (q.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder("?");
        q.forEach((k, v) -> b.append(b.length() > 1 ? "&" : "").append(enc(k)).append('=').append(enc(v)));
        return b.toString();
    }

    /** Sends a request with a bearer token (null: none); answers like {@link Http#send}. */
    static Http.Answer send(Req r, String token, java.time.Duration timeout) {
        java.net.http.HttpRequest.Builder b = Http.request(r.url(), token).timeout(timeout);
        if (r.body() != null) {
            b.header("Content-Type", r.contentType() == null ? "application/json" : r.contentType());
        }
        if (r.headers() != null) {
            r.headers().forEach(b::header);
        }
        b.method(r.method(), r.body() == null ? java.net.http.HttpRequest.BodyPublishers.noBody()
                : java.net.http.HttpRequest.BodyPublishers.ofByteArray(r.body()));
        return Http.send(b.build());
    }

    static java.util.concurrent.CompletableFuture<Http.Answer> sendAsync(Req r, String token, java.time.Duration timeout) {
        java.net.http.HttpRequest.Builder b = Http.request(r.url(), token).timeout(timeout);
        if (r.body() != null) {
            b.header("Content-Type", r.contentType() == null ? "application/json" : r.contentType());
        }
        if (r.headers() != null) {
            r.headers().forEach(b::header);
        }
        b.method(r.method(), r.body() == null ? java.net.http.HttpRequest.BodyPublishers.noBody()
                : java.net.http.HttpRequest.BodyPublishers.ofByteArray(r.body()));
        return Http.sendAsync(b.build());
    }

    static String enc(String v) {
        return URLEncoder.encode(v, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /**
     * What 2xx answers created, by the path template of the operation that created it: the ids later path
     * parameters take ({@code /api/v1/applications/{id}} takes an id created by POST /api/v1/applications).
     */
    static final class Harvest {
        private final Map<String, List<JsonNode>> created = new ConcurrentHashMap<>();

        void record(Op op, Http.Answer a) {
            if (!a.is2xx() || a.body() == null || !a.body().startsWith("{")) {
                return;
            }
            try {
                JsonNode n = JSON.readTree(a.body());
                created.computeIfAbsent(op.path(), k -> java.util.Collections.synchronizedList(new ArrayList<>())).add(n);
            } catch (Exception ignored) {
                // not JSON: nothing to learn
            }
        }

        /** For parameter {@code name} of {@code template}: an id created under the template's prefix, or a field of that name. */
        String forPath(String template, String name) {
            int at = template.indexOf("/{" + name + "}");
            if (at > 0) {
                List<JsonNode> under = created.get(template.substring(0, at));
                if (under != null && !under.isEmpty()) {
                    JsonNode n = under.get(0);
                    if (n.hasNonNull("id")) {
                        return n.get("id").asText();
                    }
                    if (n.hasNonNull(name)) {
                        return n.get(name).asText();
                    }
                }
            }
            return any(name);
        }

        /** Any created object's field {@code name} (or ending in it: trackingCode for code). */
        String any(String name) {
            if (name == null || name.isEmpty()) {
                return null;
            }
            String cap = Character.toUpperCase(name.charAt(0)) + name.substring(1);
            for (List<JsonNode> l : created.values()) {
                for (JsonNode n : l) {
                    for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
                        Map.Entry<String, JsonNode> f = it.next();
                        if ((f.getKey().equalsIgnoreCase(name) || f.getKey().endsWith(cap)) && f.getValue().isValueNode()
                                && !f.getValue().isNull() && !f.getKey().equals("id")) {
                            return f.getValue().asText();
                        }
                    }
                }
            }
            return null;
        }

        int size() {
            return created.values().stream().mapToInt(List::size).sum();
        }
    }
}
