package org.govopen.reliability;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The product as {@code deploy/local/up} started it from this worktree: ports, pids in {@code .local/pids}, the
 * databases, and the commands that disturb and restore it. Every command is bounded in time.
 */
final class Stack {

    static final String HOST = "127.0.0.1";
    static final String KAFKA = HOST + ":9092";
    static final int KAFKA_PORT = 9092;
    static final Map<String, Integer> PORTS = new LinkedHashMap<>();
    static {
        PORTS.put("request", 8082);
        PORTS.put("catalog", 8081);
        PORTS.put("sentiment", 8083);
        PORTS.put("interaction", 8084);
    }
    static final String MAVEN_LOCK = "/tmp/govopen-maven.lock";

    final Path root;
    final Path out;
    final long t0 = System.nanoTime();
    private final PrintStream log;

    Stack(Path root, String experiment) throws IOException {
        this.root = root;
        this.out = root.resolve("reliability/out");
        Files.createDirectories(out);
        this.log = new PrintStream(Files.newOutputStream(out.resolve(experiment + ".log")), true, "UTF-8");
        log("experiment " + experiment + " on " + root);
    }

    static String url(String service) {
        return "http://" + HOST + ":" + PORTS.get(service);
    }

    /** Seconds since this experiment started, for the log. */
    double now() {
        return Fmt.secs(System.nanoTime() - t0);
    }

    void log(String line) {
        log.printf("[%7.2f s] %s%n", now(), line);
    }

    /** A finding: printed on stdout (indented, before the summary line) and logged. */
    void finding(String line) {
        System.out.println("  ! " + line);
        log("FINDING " + line);
    }

    Path file(String name) {
        return out.resolve(name);
    }

    long pid(String name) throws IOException {
        Path p = root.resolve(".local/pids/" + name + ".pid");
        if (!Files.exists(p)) {
            throw new IllegalStateException("no " + p + ": was the stack started by deploy/local/up from " + root + "?");
        }
        return Long.parseLong(Files.readString(p).trim());
    }

    static boolean alive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    static boolean portOpen(int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(HOST, port), 300);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Runs a command, its output appended to the log file; false when it failed or ran past the limit. */
    boolean run(long limitSeconds, String... command) {
        log("$ " + String.join(" ", command));
        try {
            File logFile = out.resolve("commands.log").toFile();
            Process p = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile)).start();
            if (!p.waitFor(limitSeconds, TimeUnit.SECONDS)) {
                log("  ran past " + limitSeconds + " s; stopping it");
                p.descendants().forEach(ProcessHandle::destroy);
                p.destroy();
                return false;
            }
            log("  exit " + p.exitValue());
            return p.exitValue() == 0;
        } catch (IOException e) {
            log("  failed: " + e);
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    void signal(long pid, String signal) {
        run(10, "kill", "-" + signal, Long.toString(pid));
    }

    /**
     * {@code deploy/local/up}: starts only what is down. Under the machine's Maven lock only when it would build
     * (as its own test: a service jar missing or older than its sources or the kernel's), so that a restart does not
     * wait for somebody else's test run.
     */
    boolean up() {
        String up = root.resolve("deploy/local/up").toString();
        if (needsBuild()) {
            log("deploy/local/up will build: under " + MAVEN_LOCK);
            return run(900, "flock", "-o", "-w", "600", MAVEN_LOCK, up);
        }
        return run(420, up);
    }

    boolean needsBuild() {
        try {
            if (!Files.exists(root.resolve("deploy/local/kafka-broker/target/kafka-classpath.txt"))) {
                return true;
            }
            for (String s : PORTS.keySet()) {
                Path jar = root.resolve(s + "-service/target/quarkus-app/quarkus-run.jar");
                if (!Files.exists(jar)) {
                    return true;
                }
                long built = Files.getLastModifiedTime(jar).toMillis();
                for (Path src : List.of(root.resolve(s + "-service/src/main"), root.resolve("commons/src/main"))) {
                    try (var files = Files.walk(src)) {
                        if (files.anyMatch(f -> Files.isRegularFile(f) && f.toFile().lastModified() > built)) {
                            return true;
                        }
                    }
                }
            }
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    /** The machine's load average over the last minute, as /proc/loadavg says (the figures depend on it). */
    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "?";
        }
    }

    // --- databases --------------------------------------------------------------------------------------

    /** How many instances of each service the stack runs ({@code deploy/local/up --replicas N}; 1 without it). */
    int replicas() throws IOException {
        Path f = root.resolve(".local/replicas");
        return Files.exists(f) ? Integer.parseInt(Files.readString(f).trim()) : 1;
    }

    /** The single number a query with one text parameter answers (a count, a sum). */
    static long count(Connection c, String sql, String arg) throws Exception {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, arg);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    static Connection db(String service) throws Exception {
        return DriverManager.getConnection("jdbc:postgresql://" + HOST + ":5432/govopen_" + service
                + "?connectTimeout=2&socketTimeout=5", "postgres", "");
    }

    /** Outbox rows not yet acknowledged by the broker (and not given up on); -1 when the database does not answer. */
    static long backlog(String service) {
        return backlog(service, null);
    }

    /** …only rows written up to {@code writtenBy}. */
    static long backlog(String service, Instant writtenBy) {
        try (Connection c = db(service);
             PreparedStatement st = c.prepareStatement("select count(*) from outbox_event where sent_at is null and failed_at is null"
                     + (writtenBy == null ? "" : " and created_at <= ?"))) {
            if (writtenBy != null) {
                st.setTimestamp(1, Timestamp.from(writtenBy));
            }
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (Exception e) {
            return -1;
        }
    }

    /** Rows the relay gave up on ({@code failed_at}). */
    static long failedOutbox(String service) {
        try (Connection c = db(service);
             ResultSet rs = c.createStatement().executeQuery("select count(*) from outbox_event where failed_at is not null")) {
            rs.next();
            return rs.getLong(1);
        } catch (Exception e) {
            return -1;
        }
    }

    /** govopen_outbox_backlog from /q/metrics; -1 when it cannot be read. */
    static long metricsBacklog(String service) {
        Http.Answer a = Http.send(Http.request(url(service) + "/q/metrics", null).timeout(java.time.Duration.ofSeconds(3)).GET().build());
        if (a.status() != 200) {
            return -1;
        }
        for (String line : a.body().split("\n")) {
            if (line.startsWith("govopen_outbox_backlog")) {
                String[] parts = line.trim().split("\\s+");
                return (long) Double.parseDouble(parts[parts.length - 1]);
            }
        }
        return -1;
    }

    /** Waits (bounded) until the outbox of each service is empty; answers the services still not drained. */
    List<String> awaitDrained(List<String> services, long limitSeconds) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(limitSeconds);
        List<String> left = new ArrayList<>(services);
        while (!left.isEmpty() && System.nanoTime() < until) {
            left.removeIf(s -> backlog(s) == 0);
            if (!left.isEmpty()) {
                Thread.sleep(250);
            }
        }
        for (String s : left) {
            log("outbox of " + s + " not drained after " + limitSeconds + " s: " + backlog(s) + " rows");
        }
        return left;
    }

    /** True when every service answers /q/health/ready. */
    static boolean ready(String service) {
        return Http.send(Http.request(url(service) + "/q/health/ready", null).timeout(java.time.Duration.ofSeconds(3)).GET().build()).status() == 200;
    }

    boolean awaitReady(List<String> services, long limitSeconds) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(limitSeconds);
        while (System.nanoTime() < until) {
            if (services.stream().allMatch(Stack::ready)) {
                return true;
            }
            Thread.sleep(250);
        }
        return false;
    }
}
