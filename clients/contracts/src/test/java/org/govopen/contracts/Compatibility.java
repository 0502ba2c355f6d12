package org.govopen.contracts;

import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.model.ChangedOperation;
import org.openapitools.openapidiff.core.model.Endpoint;
import org.openapitools.openapidiff.core.output.MarkdownRender;

/**
 * Whether a new OpenAPI document breaks clients generated from an older one, by openapi-diff (the OpenAPITools
 * project's comparison, the rules integrators know: a removed path or operation, a new required request field or
 * parameter, a changed type, an enum value removed from a request or added to a response), and what breaks
 * generated clients though not the wire: a renamed operation or tag.
 */
final class Compatibility {

    /** What breaks: each operation by {@code METHOD /path}, and openapi-diff's account of it in Markdown. */
    record Report(List<String> breakingOperations, String markdown) {
        boolean compatible() {
            return breakingOperations.isEmpty();
        }
    }

    private Compatibility() {
    }

    static Report compare(String before, String after) {
        ChangedOpenApi diff = OpenApiCompare.fromContents(before, after);
        List<String> breaking = new ArrayList<>();
        for (Endpoint removed : diff.getMissingEndpoints()) {
            breaking.add(operation(removed.getMethod().name(), removed.getPathUrl()) + " (removed)");
        }
        for (ChangedOperation changed : diff.getChangedOperations()) {
            if (changed.isChanged().isIncompatible()) {
                breaking.add(operation(changed.getHttpMethod().name(), changed.getPathUrl()));
            }
        }
        breaking.addAll(renamed(before, after));
        if (breaking.isEmpty() && diff.isIncompatible()) {
            breaking.add("(outside the operations: security or components)");
        }
        return new Report(List.copyOf(breaking), markdown(diff));
    }

    /**
     * Operations whose generated method or class would be renamed: a generated client names its method after the
     * {@code operationId} and its class after the first tag, so changing either breaks every caller's code, though
     * openapi-diff sees no change on the wire.
     */
    private static List<String> renamed(String before, String after) {
        Map<String, String[]> was = names(before);
        Map<String, String[]> now = names(after);
        List<String> renamed = new ArrayList<>();
        for (Map.Entry<String, String[]> op : was.entrySet()) {
            String[] then = op.getValue();
            String[] later = now.get(op.getKey());
            if (later == null) {
                continue; // removed: openapi-diff reports it
            }
            if (!Objects.equals(then[0], later[0])) {
                renamed.add(op.getKey() + " (operationId " + then[0] + " → " + later[0] + ")");
            } else if (!Objects.equals(then[1], later[1])) {
                renamed.add(op.getKey() + " (tag " + then[1] + " → " + later[1] + ")");
            }
        }
        return renamed;
    }

    /** {@code METHOD /path} → its operationId and first tag. */
    private static Map<String, String[]> names(String document) {
        Map<String, String[]> names = new TreeMap<>();
        OpenAPI api = new OpenAPIV3Parser().readContents(document).getOpenAPI();
        if (api == null || api.getPaths() == null) {
            return names;
        }
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, op) -> names.put(
                operation(method.name(), path),
                new String[] {op.getOperationId(), op.getTags() == null || op.getTags().isEmpty() ? null : op.getTags().get(0)})));
        return names;
    }

    static String operation(String method, String path) {
        return method.toUpperCase(Locale.ROOT) + " " + path;
    }

    private static String markdown(ChangedOpenApi diff) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            new MarkdownRender().render(diff, writer);
        } catch (java.io.IOException e) {
            return "(openapi-diff could not render the difference: " + e + ")";
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
