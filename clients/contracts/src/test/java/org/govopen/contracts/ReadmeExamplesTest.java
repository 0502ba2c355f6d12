package org.govopen.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The examples in clients/README.md are the compiled ones (issue 12 §4): the Java example is compiled with the
 * walks, the TypeScript one by tsc --strict; this keeps the page's copies equal to them, so they cannot rot.
 */
class ReadmeExamplesTest {

    @Test
    void theJavaExampleIsTheCompiledOne() throws IOException {
        assertEquals(region("clients/walks/src/test/java/org/govopen/walks/examples/RegisterForACitizen.java"), block("java"),
                "clients/README.md's ```java block differs from RegisterForACitizen.java between the README markers");
    }

    @Test
    void theTypeScriptExampleIsTheCompiledOne() throws IOException {
        assertEquals(region("clients/typescript/examples/follow-a-case.ts"), block("ts"),
                "clients/README.md's ```ts block differs from follow-a-case.ts between the README markers");
    }

    /** The one fenced block of that language in clients/README.md. */
    private static String block(String language) throws IOException {
        String readme = Files.readString(Repository.ROOT.resolve("clients/README.md"));
        Matcher m = Pattern.compile("(?s)```" + language + "\n(.*?)\n```").matcher(readme);
        List<String> blocks = m.results().map(r -> r.group(1)).toList();
        assertEquals(1, blocks.size(), "```" + language + " blocks in clients/README.md");
        return blocks.get(0);
    }

    /** The lines between {@code // README:start} and {@code // README:end}, without their common indentation. */
    private static String region(String file) throws IOException {
        String text = Files.readString(Repository.ROOT.resolve(file));
        String body = text.substring(text.indexOf("// README:start\n") + "// README:start\n".length(), text.indexOf("// README:end"));
        List<String> lines = body.stripTrailing().lines().toList();
        int indent = lines.stream().filter(l -> !l.isBlank()).mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
        return String.join("\n", lines.stream().map(l -> l.length() >= indent ? l.substring(indent) : l.strip()).toList());
    }
}
