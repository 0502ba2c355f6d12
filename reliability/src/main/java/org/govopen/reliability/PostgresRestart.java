package org.govopen.reliability;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.common.TopicPartition;

/**
 * (c) {@code pg_ctlcluster … restart} of the machine's PostgreSQL under load: the statuses answered while it
 * restarts, how long until writes succeed again, and whether an acknowledged write was lost.
 * The script runs it under the machine's Maven lock, so that nobody's test run loses its database meanwhile.
 * <pre>java … PostgresRestart ROOT</pre>
 */
public final class PostgresRestart extends Experiment {

    PostgresRestart(Path root) {
        super(root);
    }

    public static void main(String[] args) throws Exception {
        System.exit(new PostgresRestart(Path.of(args[0])).run() ? 0 : 1);
    }

    boolean run() throws Exception {
        Stack stack = new Stack(root, "postgres-restart");
        requireStack(stack, false);
        long warmup = env("WARMUP_SECONDS", 10);
        long after = env("AFTER_SECONDS", 30);
        String version = clusterVersion();
        String loadBefore = Stack.loadAverage();
        stack.log("load: " + rates + "; PostgreSQL cluster " + version + "/main");
        Load.ensureUnits(tokens.admin());
        Map<String, Map<TopicPartition, Long>> from = Verify.topicEnds();
        Load load = new Load(tokens, rates, warmup + after + 480);
        load.start();
        sleepSeconds(warmup);

        long restartAt = System.nanoTime();
        boolean restarted = stack.run(180, "pg_ctlcluster", "--skip-systemctl-redirect", version, "main", "restart");
        long restartDone = System.nanoTime();
        stack.log("restart " + (restarted ? "done" : "FAILED") + " in " + Fmt.s(Fmt.secs(restartDone - restartAt)));
        sleepSeconds(after);
        load.stop();
        boolean ready = stack.awaitReady(List.copyOf(Stack.PORTS.keySet()), 60);
        List<String> undrained = stack.awaitDrained(List.of("request", "catalog"), 120);

        List<Load.Shot> shots = load.shots();
        List<Verify.Figures> figures = Verify.check(stack, shots, from, tokens.clerk(), Load.UNIT + "/r" + load.run + "-");
        stack.log(perKind(figures));
        Verify.Outage writes = Verify.outage(shots, s -> s.kind().write());
        Verify.Outage request = Verify.outage(shots, s -> s.kind() == Load.Kind.REGISTRATION);
        Verify.Outage catalog = Verify.outage(shots, s -> s.kind() == Load.Kind.DOCUMENT || s.kind() == Load.Kind.UNIT);
        long windowEnd = Math.max(restartDone, writes.recovered() < 0 ? restartDone : writes.recovered());
        Map<String, Map<Integer, Long>> during = Verify.statusesBetween(shots, restartAt, windowEnd);
        stack.log("writes " + writes + "; request " + request + "; catalog " + catalog);
        printFindings(stack, figures, shots);
        Verify.Totals t = Verify.Totals.of(figures);
        List<String> extra = new ArrayList<>();
        if (!restarted) {
            extra.add("pg_ctlcluster restart FAILED");
        }
        if (!ready) {
            extra.add("NOT every service ready again");
        }
        if (!undrained.isEmpty()) {
            extra.add("outbox not drained: " + undrained);
        }
        if (t.storedUnacknowledged() > 0) {
            extra.add(Fmt.n(t.storedUnacknowledged()) + " stored without an acknowledgement");
        }
        System.out.println("postgres restart (took " + Fmt.s(Fmt.secs(restartDone - restartAt)) + "): " + integrity(t)
                + "; during the restart " + statuses(during)
                + "; writes recovered " + recovery(request, restartAt, "request") + ", " + recovery(catalog, restartAt, "catalog")
                + " after the restart began, load average " + loadBefore + "→" + Stack.loadAverage()
                + (extra.isEmpty() ? "" : "; " + String.join("; ", extra)));
        return restarted && ready && undrained.isEmpty() && t.lost() == 0 && t.eventsLost() == 0;
    }

    private static String recovery(Verify.Outage o, long restartAt, String service) {
        if (!o.any()) {
            return service + " no failure";
        }
        return service + (o.recovered() < 0 ? " NEVER" : " " + Fmt.s(Fmt.secs(o.recovered() - restartAt)))
                + " (" + Fmt.n(o.failed()) + " failed)";
    }

    static String clusterVersion() throws IOException, InterruptedException {
        Process p = new ProcessBuilder("pg_lsclusters", "-h").redirectErrorStream(true).start();
        String outText = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(10, TimeUnit.SECONDS);
        String[] lines = outText.trim().split("\n");
        if (lines.length == 0 || lines[0].isBlank()) {
            throw new IllegalStateException("pg_lsclusters found no cluster");
        }
        return lines[0].trim().split("\\s+")[0];
    }
}
