package org.govopen.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The committed contracts as integrators rely on them (issue 12). The services' own tests keep each document equal
 * to its code ({@code ServiceConventions}); these keep the documents safe to upgrade to and complete.
 */
class ContractsTest {

    /** One declared breaking change: {@code - <service> <METHOD> <path>: why} in docs/api/breaking-changes.md. */
    private static final Pattern DECLARATION = Pattern.compile("^- (\\S+) ([A-Z]+) (\\S+):", Pattern.MULTILINE);

    /**
     * A change incompatible with the baseline (the last release, else the last commit) fails the build, naming the
     * operations, unless docs/api/breaking-changes.md declares it: a developer who runs
     * {@code ./mvnw verify -Dgovopen.api.update=true} after removing an operation learns it here, before committing.
     */
    @Test
    void everyContractIsCompatibleWithTheBaselineOrItsBreakingChangesAreDeclared() throws IOException {
        Optional<String> baseline = Repository.baseline();
        Assumptions.assumeTrue(baseline.isPresent(), "no git history here: nothing to compare with");
        Set<String> declared = declared(Files.readString(Repository.CONTRACTS.resolve("breaking-changes.md")));
        List<String> undeclared = new ArrayList<>();
        StringBuilder accounts = new StringBuilder();
        for (String service : Repository.services()) {
            Optional<String> before = Repository.atBaseline(baseline.get(), "docs/api/" + service + ".yaml");
            if (before.isEmpty()) {
                continue; // a new service: nothing to break
            }
            Compatibility.Report report = Compatibility.compare(before.get(), Repository.contract(service));
            List<String> missing = undeclared(service, report, declared);
            if (!missing.isEmpty()) {
                undeclared.addAll(missing);
                accounts.append("\n---- ").append(service).append(" (openapi-diff)\n").append(report.markdown());
            }
        }
        assertEquals(List.of(), undeclared, () -> "incompatible with " + baseline.get() + " and not declared in "
                + "docs/api/breaking-changes.md (a line '- <service> <METHOD> <path>: why'): " + undeclared + accounts);
    }

    /** Every service's document has its Java client module, built by clients/pom.xml (TypeScript follows it). */
    @Test
    void everyContractHasItsClient() throws IOException {
        String aggregator = Files.readString(Repository.ROOT.resolve("clients/pom.xml"));
        List<String> without = new ArrayList<>();
        for (String service : Repository.services()) {
            Path module = Repository.ROOT.resolve("clients").resolve(service + "-client");
            if (!Files.exists(module.resolve("pom.xml")) || !aggregator.contains("<module>" + service + "-client</module>")) {
                without.add(service + " (clients/" + service + "-client: copy another client's pom.xml, change the two "
                        + "properties, list it in clients/pom.xml)");
            }
        }
        assertEquals(List.of(), without, "contracts in docs/api without a generated client");
        assertFalse(Repository.services().isEmpty(), "no contracts in docs/api");
    }

    static Set<String> declared(String declarations) {
        Set<String> declared = new TreeSet<>();
        Matcher m = DECLARATION.matcher(declarations);
        while (m.find()) {
            declared.add(m.group(1) + " " + Compatibility.operation(m.group(2), m.group(3)));
        }
        return declared;
    }

    /** The breaking operations of a report that no declaration names. */
    static List<String> undeclared(String service, Compatibility.Report report, Set<String> declared) {
        return report.breakingOperations().stream()
                .filter(op -> !declared.contains(service + " " + op.replaceFirst(" \\(.*\\)$", "")))
                .map(op -> service + " " + op)
                .toList();
    }
}
