package org.govopen.contracts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The repository the build runs in: its committed contracts, and what git remembers of them. */
final class Repository {

    static final Path ROOT = Path.of(System.getProperty("govopen.repository", "../..")).toAbsolutePath().normalize();
    static final Path CONTRACTS = ROOT.resolve("docs/api");

    private Repository() {
    }

    /** The services' OpenAPI documents, {@code docs/api/<service>.yaml}, by service name. */
    static List<String> services() throws IOException {
        try (Stream<Path> files = Files.list(CONTRACTS)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(name -> name.endsWith(".yaml") && !name.equals("asyncapi.yaml"))
                    .map(name -> name.substring(0, name.length() - ".yaml".length()))
                    .sorted().toList();
        }
    }

    static String contract(String service) throws IOException {
        return Files.readString(CONTRACTS.resolve(service + ".yaml"));
    }

    /**
     * What compatibility is measured against: the newest release tag ({@code v*}), else the last commit; empty when
     * git or the repository's history is not there (a source archive).
     */
    static Optional<String> baseline() {
        return git("describe", "--tags", "--abbrev=0", "--match", "v*").or(() -> git("rev-parse", "--verify", "-q", "HEAD").map(head -> "HEAD"));
    }

    /** The file as the baseline has it; empty when it did not exist then (a new service). */
    static Optional<String> atBaseline(String baseline, String path) {
        return git("show", baseline + ":" + path);
    }

    private static Optional<String> git(String... args) {
        List<String> command = new ArrayList<>(List.of("git", "-C", ROOT.toString()));
        command.addAll(List.of(args));
        try {
            Process git = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return git.waitFor() == 0 ? Optional.of(args[0].equals("show") ? out : out.strip()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
