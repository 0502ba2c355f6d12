package org.govopen.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyOrNullString;

import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What every GovOpen service promises its operators and integrators; each service's test extends this with
 * {@code @QuarkusTest @GovOpenTest}: health, Prometheus metrics, an OpenAPI document with title, description
 * and version, Swagger UI, and security answering 401/403 as problem+json.
 */
public abstract class ServiceConventions {

    /** The service's name as in its OpenAPI title, e.g. {@code request-service}. */
    protected abstract String serviceName();

    @Test
    void healthIsUp() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"))
                .body(containsString("outbox-relay"));
    }

    @Test
    void prometheusMetricsIncludeTheOutboxBacklog() {
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("govopen_outbox_backlog"))
                .body(containsString("jvm_memory_used_bytes"));
    }

    @Test
    void openApiDocumentHasTitleDescriptionVersionAndBearerSecurity() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("info.title", containsString(serviceName()))
                .body("info.description", not(emptyOrNullString()))
                .body("info.version", not(emptyOrNullString()))
                .body("components.securitySchemes.bearer.scheme", equalTo("bearer"))
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/calendar/due-date"));
        given().get("/q/swagger-ui/").then().statusCode(200);
    }

    /**
     * Every operation has an {@code operationId}, unique in the document: generated clients name their methods
     * after it ({@code applications.listApplications(...)}), so two {@code list} methods would be renamed by the
     * generator to {@code list_0}, {@code list_1}. The kernel names operations after their Java method; name resource
     * methods after what they do ({@code listDeadlines}, not {@code list}).
     */
    @Test
    void everyOperationHasAUniqueOperationId() {
        Map<String, List<String>> byId = new java.util.TreeMap<>();
        List<String> unnamed = new ArrayList<>();
        servedOperations().forEach((where, operation) -> {
            Object id = operation.get("operationId");
            if (id == null) {
                unnamed.add(where);
            } else {
                byId.computeIfAbsent(id.toString(), k -> new ArrayList<>()).add(where);
            }
        });
        byId.values().removeIf(where -> where.size() < 2);
        assertThat("operations without an operationId", unnamed, equalTo(List.of()));
        assertThat("operationIds used by more than one operation (rename the resource methods)", byId, equalTo(Map.of()));
    }

    /**
     * Every successful answer of the JSON API ({@code /api/...}) documents what it carries: an operation that returns
     * a JAX-RS {@code Response} says so with {@code @APIResponse(content = @Content(schema = ...))}, or its generated
     * client method returns nothing and an integrator cannot read the receipt of what they registered.
     */
    @Test
    void everySuccessfulAnswerOfTheApiDocumentsItsBody() {
        List<String> undocumented = new ArrayList<>();
        servedOperations().forEach((where, operation) -> {
            if (!where.contains(" /api/") || !(operation.get("responses") instanceof Map<?, ?> responses)) {
                return;
            }
            for (Map.Entry<?, ?> response : responses.entrySet()) {
                String code = response.getKey().toString();
                if (!code.startsWith("2") || code.equals("204")) {
                    continue;
                }
                boolean documented = response.getValue() instanceof Map<?, ?> r && r.get("content") instanceof Map<?, ?> content
                        && !content.isEmpty() && content.values().stream().allMatch(c -> c instanceof Map<?, ?> m && m.get("schema") != null);
                if (!documented) {
                    undocumented.add(where + " " + code);
                }
            }
        });
        assertThat("2xx answers without a documented body (add content = @Content(schema = ...) to the @APIResponse)",
                undocumented, equalTo(List.of()));
    }

    /** The operations of the document the service serves, {@code "GET /api/v1/x"} → the operation's JSON. */
    private static Map<String, Map<?, ?>> servedOperations() {
        Map<String, Map<String, Object>> paths = given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .extract().jsonPath().getMap("paths");
        Map<String, Map<?, ?>> operations = new java.util.TreeMap<>();
        Set<String> methods = Set.of("get", "put", "post", "delete", "patch", "head", "options");
        paths.forEach((path, item) -> item.forEach((method, op) -> {
            if (methods.contains(method) && op instanceof Map<?, ?> operation) {
                operations.put(method.toUpperCase(java.util.Locale.ROOT) + " " + path, operation);
            }
        }));
        return operations;
    }

    /**
     * The OpenAPI document is the committed contract {@code docs/api/<service>.yaml} (issue 12: integrators generate
     * clients from it): a change to the API that is not also made there fails here, naming the operations that
     * differ. Accept a change with {@code ./mvnw verify -Dgovopen.api.update=true} and commit the file.
     */
    @Test
    void theOpenApiDocumentIsTheCommittedContract() throws java.io.IOException {
        String live = given().queryParam("format", "yaml").get("/q/openapi").then().statusCode(200).extract().asString();
        java.nio.file.Path file = repositoryRoot().resolve("docs/api").resolve(serviceName() + ".yaml");
        if (Boolean.getBoolean("govopen.api.update")) {
            java.nio.file.Files.createDirectories(file.getParent());
            java.nio.file.Files.writeString(file, live);
            return;
        }
        if (!java.nio.file.Files.exists(file)) {
            throw new AssertionError(file + " is missing: write it with ./mvnw verify -Dgovopen.api.update=true and commit it");
        }
        String committed = java.nio.file.Files.readString(file);
        if (!committed.equals(live)) {
            Map<String, String> was = operations(committed);
            Map<String, String> now = operations(live);
            Set<String> differ = new java.util.TreeSet<>();
            // schemas that changed, and every schema that refers to one of them, to the operations that use them
            Set<String> changedSchemas = new java.util.HashSet<>();
            for (String key : union(was.keySet(), now.keySet())) {
                if (key.startsWith("#schema ") && !java.util.Objects.equals(was.get(key), now.get(key))) {
                    changedSchemas.add(key.substring("#schema ".length()));
                }
            }
            for (boolean grew = true; grew; ) {
                grew = false;
                for (Map.Entry<String, String> e : now.entrySet()) {
                    String name = e.getKey().startsWith("#schema ") ? e.getKey().substring("#schema ".length()) : null;
                    if (name != null && !changedSchemas.contains(name) && refersTo(e.getValue(), changedSchemas)) {
                        grew |= changedSchemas.add(name);
                    }
                }
            }
            for (String op : union(was.keySet(), now.keySet())) {
                if (op.startsWith("#")) {
                    continue;
                }
                if (!now.containsKey(op)) {
                    differ.add(op + " (removed)");
                } else if (!was.containsKey(op)) {
                    differ.add(op + " (added)");
                } else if (!was.get(op).equals(now.get(op))) {
                    differ.add(op + " (changed)");
                } else if (refersTo(now.get(op), changedSchemas)) {
                    differ.add(op + " (changed: " + String.join(", ", new java.util.TreeSet<>(changedSchemas)) + ")");
                }
            }
            if (differ.isEmpty()) {
                differ.add("outside the operations (components, info or tags)");
            }
            throw new AssertionError("the API of " + serviceName() + " differs from its committed contract " + file
                    + " in: " + String.join(", ", differ)
                    + ". If the change is meant, run ./mvnw verify -Dgovopen.api.update=true and commit the file.");
        }
    }

    /**
     * The operations of a YAML OpenAPI document, {@code GET /api/v1/x} → its text; each schema of its components
     * under {@code "#schema Name"}; the rest under {@code "#rest"}.
     */
    static Map<String, String> operations(String yaml) {
        Map<String, String> ops = new java.util.LinkedHashMap<>();
        StringBuilder rest = new StringBuilder();
        boolean inPaths = false;
        boolean inComponents = false;
        boolean inSchemas = false;
        String schema = null;
        String path = null;
        String op = null;
        StringBuilder text = new StringBuilder();
        for (String line : yaml.split("\n", -1)) {
            if (!line.startsWith(" ") && !line.isEmpty()) {
                inPaths = line.startsWith("paths:");
                inComponents = line.startsWith("components:");
                inSchemas = false;
                path = null;
                schema = null;
            }
            if (inComponents && line.startsWith("  ") && !line.startsWith("   ")) {
                inSchemas = line.trim().equals("schemas:");
                schema = null;
            }
            if (inSchemas && line.startsWith("    ") && !line.startsWith("     ") && line.trim().endsWith(":")) {
                schema = line.trim().replaceAll("^[\"']|[\"']?:$", "");
                ops.put("#schema " + schema, "");
                continue;
            }
            if (schema != null) {
                ops.merge("#schema " + schema, line + "\n", String::concat);
                continue;
            }
            if (!inPaths) {
                rest.append(line).append('\n');
                continue;
            }
            if (line.startsWith("  ") && !line.startsWith("   ") && line.trim().endsWith(":")) {
                path = line.trim().replaceAll("^[\"']|[\"']?:$", "");
                continue;
            }
            if (path != null && line.startsWith("    ") && !line.startsWith("     ") && line.trim().endsWith(":")) {
                if (op != null) {
                    ops.put(op, text.toString());
                }
                op = line.trim().replace(":", "").toUpperCase(java.util.Locale.ROOT) + " " + path;
                text = new StringBuilder();
                continue;
            }
            text.append(line).append('\n');
        }
        if (op != null) {
            ops.put(op, text.toString());
        }
        ops.put("#rest", rest.toString());
        return ops;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> u = new java.util.TreeSet<>(a);
        u.addAll(b);
        return u;
    }

    private static boolean refersTo(String text, Set<String> schemas) {
        for (String name : schemas) {
            if (text.contains("#/components/schemas/" + name + "\"") || text.contains("#/components/schemas/" + name + "\n")
                    || text.contains("#/components/schemas/" + name + "'")) {
                return true;
            }
        }
        return false;
    }

    /** The directory holding the root pom.xml and docs/: the module's parent. */
    static java.nio.file.Path repositoryRoot() {
        java.nio.file.Path dir = java.nio.file.Path.of("").toAbsolutePath();
        while (dir != null && !(java.nio.file.Files.isDirectory(dir.resolve("docs")) && java.nio.file.Files.exists(dir.resolve("mvnw")))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("no repository root above " + java.nio.file.Path.of("").toAbsolutePath());
        }
        return dir;
    }

    @Test
    void staffEndpointsAnswer401WithoutTokenAnd403WithoutRole() {
        given().get("/api/v1/deadlines").then().statusCode(401)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:govopen:problem:unauthorized"));
        given().header("Authorization", "Bearer " + Tokens.staff("citizen", java.util.Set.of("citizen"), "nanning"))
                .get("/api/v1/deadlines").then().statusCode(403)
                .contentType("application/problem+json");
        given().header("Authorization", Tokens.bearer("operator", "nanning"))
                .get("/api/v1/deadlines").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void publicEndpointsNeedNoToken() {
        given().get("/api/v1/calendar/days/2026-10-08").then().statusCode(200).body("workingDay", equalTo(true));
    }

    /**
     * Every operation under {@code /api} documents the problem+json answers it can give, each with the
     * {@code Problem} schema: 400 where it takes parameters or a body, 401 and 403 where it needs a token, 404 where
     * its path names a record, 409 where it changes something, 413 where it takes a body, 500 and 503 always.
     */
    @Test
    void everyOperationDocumentsItsProblemAnswers() {
        JsonPath doc = given().accept("application/json").get("/q/openapi").then().statusCode(200).extract().jsonPath();
        assertThat("Problem schema", doc.getMap("components.schemas.Problem.properties"),
                org.hamcrest.Matchers.allOf(org.hamcrest.Matchers.hasKey("violations"),
                        org.hamcrest.Matchers.hasKey("currentState")));
        Map<String, Map<String, Map<String, Object>>> paths = doc.getMap("paths");
        List<String> missing = new ArrayList<>();
        int operations = 0;
        for (var path : paths.entrySet()) {
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            for (var op : path.getValue().entrySet()) {
                if (!Set.of("get", "post", "put", "patch", "delete").contains(op.getKey())) {
                    continue;
                }
                operations++;
                Map<String, Object> operation = op.getValue();
                Set<String> expected = new LinkedHashSet<>();
                if (operation.get("parameters") != null || operation.get("requestBody") != null
                        || path.getValue().get("parameters") != null) {
                    expected.add("400");
                }
                if (operation.get("security") != null && !((List<?>) operation.get("security")).isEmpty()) {
                    expected.add("401");
                    expected.add("403");
                }
                if (path.getKey().contains("{")) {
                    expected.add("404");
                }
                if (!op.getKey().equals("get")) {
                    expected.add("409");
                }
                if (operation.get("requestBody") != null) {
                    expected.add("413");
                }
                expected.add("500");
                expected.add("503");
                @SuppressWarnings("unchecked")
                Map<String, Map<String, Object>> responses = (Map<String, Map<String, Object>>) operation.get("responses");
                for (String status : expected) {
                    Object ref = at(responses == null ? null : responses.get(status),
                            "content", "application/problem+json", "schema", "$ref");
                    if (!"#/components/schemas/Problem".equals(ref)) {
                        missing.add(op.getKey().toUpperCase() + " " + path.getKey() + " " + status);
                    }
                }
            }
        }
        assertThat("operations found", operations, org.hamcrest.Matchers.greaterThan(0));
        assertThat("problem responses not documented", missing, org.hamcrest.Matchers.empty());
    }

    /** Every operation that refuses a call without a token (401) says in the document that it needs one. */
    @Test
    void everyOperationThatNeedsATokenDeclaresIt() {
        JsonPath doc = given().accept("application/json").get("/q/openapi").then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Map<String, Object>>> paths = doc.getMap("paths");
        List<String> undeclared = new ArrayList<>();
        for (var path : paths.entrySet()) {
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            String url = path.getKey().replaceAll("\\{[^}]+}", "00000000-0000-0000-0000-000000000001");
            for (var op : path.getValue().entrySet()) {
                if (!Set.of("get", "post", "put", "patch", "delete").contains(op.getKey())) {
                    continue;
                }
                Object security = op.getValue().get("security");
                int status = given().contentType("application/json").body("{}").request(op.getKey(), url).statusCode();
                if (status == 401 && (security == null || ((List<?>) security).isEmpty())) {
                    undeclared.add(op.getKey().toUpperCase() + " " + path.getKey());
                }
            }
        }
        assertThat("operations answering 401 without declaring security", undeclared, org.hamcrest.Matchers.empty());
    }

    /** Every list ({@code GET} with a {@code page} parameter) answers a page or size that is not a number with a 400 naming it. */
    @Test
    void everyListAnswersANonNumericPageOrSizeWith400NamingIt() {
        JsonPath doc = given().accept("application/json").get("/q/openapi").then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Map<String, Object>>> paths = doc.getMap("paths");
        String token = "Bearer " + Tokens.staff("conventions", Set.of("clerk", "reviewer", "handler", "supervisor",
                "operator", "admin"), "nanning");
        List<String> lists = new ArrayList<>();
        for (var path : paths.entrySet()) {
            Map<String, Object> get = path.getValue().get("get");
            if (!path.getKey().startsWith("/api/") || get == null || get.get("parameters") == null
                    || ((List<?>) get.get("parameters")).stream().noneMatch(p -> "page".equals(((Map<?, ?>) p).get("name")))) {
                continue;
            }
            String url = path.getKey().replaceAll("\\{[^}]+}", "00000000-0000-0000-0000-000000000001");
            lists.add(url);
            for (String parameter : List.of("page", "size")) {
                given().header("Authorization", token).queryParam(parameter, "abc").get(url)
                        .then().statusCode(400).contentType("application/problem+json")
                        .body("violations[0].field", equalTo(parameter));
            }
        }
        assertThat("lists found", lists, org.hamcrest.Matchers.hasItem("/api/v1/deadlines"));
    }

    private static Object at(Object node, String... keys) {
        for (String key : keys) {
            if (!(node instanceof Map<?, ?> map)) {
                return null;
            }
            node = map.get(key);
        }
        return node;
    }
}
