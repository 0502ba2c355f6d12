package org.govopen.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swagger.v3.core.util.Yaml;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What counts as breaking, on request-service's committed document changed the ways a developer might change it
 * (issue 12: a removed path or operation, a new required field, a changed type or enum).
 */
class CompatibilityTest {

    private static String committed;

    @BeforeAll
    static void read() throws IOException {
        committed = Repository.contract("request-service");
    }

    @Test
    void theSameDocumentIsCompatible() {
        assertTrue(Compatibility.compare(committed, committed).compatible());
    }

    @Test
    void aRemovedOperationBreaks() {
        String after = changed(api -> api.getPaths().remove("/api/v1/tracking/{code}"));
        assertEquals(List.of("GET /api/v1/tracking/{code} (removed)"), Compatibility.compare(committed, after).breakingOperations());
    }

    @Test
    void aNewRequiredRequestFieldBreaks() {
        String after = changed(api -> {
            Schema<?> form = registrationForm(api);
            form.addProperty("referenceNumber", new Schema<>().type("string"));
            List<String> required = new ArrayList<>(form.getRequired());
            required.add("referenceNumber");
            form.setRequired(required);
        });
        Compatibility.Report report = Compatibility.compare(committed, after);
        assertEquals(List.of("POST /api/v1/applications"), report.breakingOperations());
        assertTrue(report.markdown().contains("referenceNumber"), report.markdown());
    }

    @Test
    void aChangedTypeBreaks() {
        String after = changed(api -> registrationForm(api).getProperties().put("description", new Schema<>().type("integer")));
        assertEquals(List.of("POST /api/v1/applications"), Compatibility.compare(committed, after).breakingOperations());
    }

    @Test
    void anEnumValueRemovedFromARequestBreaks() {
        String after = changed(api -> {
            @SuppressWarnings("unchecked")
            Schema<String> channel = (Schema<String>) api.getComponents().getSchemas().get("Channel");
            channel.getEnum().remove("HOTLINE_12345");
        });
        assertTrue(Compatibility.compare(committed, after).breakingOperations().contains("POST /api/v1/applications"));
    }

    @Test
    void aRenamedOperationOrTagBreaksGeneratedClients() {
        String after = changed(api -> {
            api.getPaths().get("/api/v1/applications").getGet().setOperationId("applications");
            api.getPaths().get("/api/v1/tracking/{code}").getGet().setTags(List.of("Citizens"));
        });
        assertEquals(List.of("GET /api/v1/applications (operationId listApplications → applications)",
                        "GET /api/v1/tracking/{code} (tag Tracking → Citizens)"),
                Compatibility.compare(committed, after).breakingOperations());
    }

    @Test
    void aNewOptionalResponseFieldIsCompatible() {
        String after = changed(api -> api.getComponents().getSchemas().get("TrackingView")
                .addProperty("note", new Schema<>().type("string")));
        assertTrue(Compatibility.compare(committed, after).compatible());
    }

    @Test
    void aDeclaredBreakingChangeIsAcceptedAndOnlyThatOne() {
        String after = changed(api -> {
            api.getPaths().remove("/api/v1/tracking/{code}");
            api.getPaths().remove("/api/v1/tracking/{code}/reply-letter");
        });
        Compatibility.Report report = Compatibility.compare(committed, after);
        Set<String> declared = ContractsTest.declared("""
                ## Declared
                - request-service GET /api/v1/tracking/{code}: moved to /api/v2/tracking/{code}
                """);
        assertEquals(List.of("request-service GET /api/v1/tracking/{code}/reply-letter (removed)"),
                ContractsTest.undeclared("request-service", report, declared));
    }

    private static Schema<?> registrationForm(OpenAPI api) {
        String ref = api.getPaths().get("/api/v1/applications").getPost().getRequestBody().getContent()
                .get("application/json").getSchema().get$ref();
        return api.getComponents().getSchemas().get(ref.substring(ref.lastIndexOf('/') + 1));
    }

    private static String changed(Consumer<OpenAPI> change) {
        OpenAPI api = new OpenAPIV3Parser().readContents(committed).getOpenAPI();
        change.accept(api);
        return Yaml.pretty(api);
    }
}
