package org.govopen.reliability;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** What every experiment under load shares: the stack check, the load, and the findings printed. */
abstract class Experiment {

    final Path root;
    final Load.Tokens tokens = Load.Tokens.fromEnv();
    final Load.Rates rates = Load.Rates.fromEnv();

    Experiment(Path root) {
        this.root = root;
    }

    static long env(String name, long dflt) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? dflt : Long.parseLong(v.trim());
    }

    /** The four services and the broker run, started by deploy/local/up from this worktree. */
    static void requireStack(Stack stack, boolean kafkaPid) throws Exception {
        for (String s : Stack.PORTS.keySet()) {
            if (!Stack.alive(stack.pid(s))) {
                throw new IllegalStateException(s + "-service (pid file in " + stack.root + "/.local/pids) is not running");
            }
        }
        if (kafkaPid && !Stack.alive(stack.pid("kafka"))) {
            throw new IllegalStateException("Kafka of " + stack.root + "/.local/pids/kafka.pid is not running");
        }
        if (!Stack.portOpen(Stack.KAFKA_PORT)) {
            throw new IllegalStateException("nothing listens on 9092");
        }
        if (!stack.awaitReady(List.copyOf(Stack.PORTS.keySet()), 60)) {
            throw new IllegalStateException("not every service is ready (/q/health/ready)");
        }
    }

    static void sleepSeconds(double s) throws InterruptedException {
        Thread.sleep((long) (s * 1000));
    }

    /** Lost writes, lost events and 5xx answers are findings: printed, so that they can be fixed. */
    static void printFindings(Stack stack, List<Verify.Figures> figures, List<Load.Shot> shots) {
        for (Verify.Figures f : figures) {
            f.lostSamples().forEach(s -> stack.finding("acknowledged but not readable: " + s));
            f.eventsLostSamples().forEach(k -> stack.finding("acknowledged " + f.kind() + " " + k + " has no event"));
            if (f.aggregatesWithDistinctIds() > 0) {
                stack.finding(f.aggregatesWithDistinctIds() + " " + f.kind() + " aggregates announced twice with different ce_ids (see log)");
            }
        }
        Verify.failureSamples(shots, 10).forEach(s -> stack.finding("5xx: " + s));
    }

    static String perKind(List<Verify.Figures> figures) {
        return figures.stream().map(f -> f.kind() + " " + f.acknowledged() + " acknowledged/" + f.lost() + " lost/"
                + f.eventsLost() + " events lost/" + f.duplicateEvents() + " duplicate/" + f.aggregatesWithSeveral()
                + " with several/" + f.storedUnacknowledged() + " stored unacknowledged").collect(Collectors.joining("; "));
    }

    static String statuses(Map<String, Map<Integer, Long>> byKind) {
        if (byKind.isEmpty()) {
            return "no requests";
        }
        return byKind.entrySet().stream().map(e -> e.getKey() + " " + Fmt.histogram(e.getValue())).collect(Collectors.joining("; "));
    }

    /** "0 lost, 0 events lost, 3 duplicate events (0 aggregates with two events of different ids)" and so on. */
    static String integrity(Verify.Totals t) {
        return Fmt.n(t.acknowledged()) + " acknowledged, " + Fmt.n(t.lost()) + " lost, " + Fmt.n(t.eventsLost()) + " events lost, "
                + Fmt.n(t.duplicateEvents()) + " duplicate events (" + Fmt.n(t.aggregatesWithSeveral()) + " aggregates with >1 event, "
                + Fmt.n(t.aggregatesWithDistinctIds()) + " with different ce_ids)";
    }
}
