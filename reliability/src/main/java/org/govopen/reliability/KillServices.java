package org.govopen.reliability;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;

/**
 * (a) {@code kill -9} of each service in turn under load, the killed one restarted by {@code deploy/local/up}.
 * One line each: acknowledged writes, lost ones, lost and duplicate events, downtime.
 * <pre>java … KillServices ROOT [request catalog sentiment interaction]</pre>
 */
public final class KillServices extends Experiment {

    KillServices(Path root) {
        super(root);
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]);
        List<String> services = args.length > 1 ? List.of(args).subList(1, args.length) : List.copyOf(Stack.PORTS.keySet());
        KillServices k = new KillServices(root);
        boolean clean = true;
        for (String s : services) {
            clean &= k.round(s);
        }
        System.exit(clean ? 0 : 1);
    }

    boolean round(String service) throws Exception {
        Stack stack = new Stack(root, "kill-" + service);
        requireStack(stack, false);
        long warmup = env("WARMUP_SECONDS", 20);
        long after = env("AFTER_SECONDS", 10);
        long recoveryLimit = env("RECOVERY_LIMIT_SECONDS", 180);
        String loadBefore = Stack.loadAverage();
        stack.log("load: " + rates);
        Load.ensureUnits(tokens.admin());
        Map<String, Map<TopicPartition, Long>> from = Verify.topicEnds();
        Load load = new Load(tokens, rates, warmup + after + recoveryLimit + 480);
        load.start();
        sleepSeconds(warmup);

        long pid = stack.pid(service);
        long killedAt = System.nanoTime();
        stack.signal(pid, "9");
        for (int i = 0; i < 50 && Stack.alive(pid); i++) {
            Thread.sleep(100);
        }
        stack.log(service + "-service (pid " + pid + ") killed; alive: " + Stack.alive(pid));
        long upStart = System.nanoTime();
        boolean upOk = stack.up();
        long upDone = System.nanoTime();
        stack.log("deploy/local/up " + (upOk ? "done" : "FAILED") + " in " + Fmt.s(Fmt.secs(upDone - upStart)));
        boolean writes = service.equals("request") || service.equals("catalog");
        // under load until the restarted service answers again (3 s of its requests in a row succeed), then a little more
        int streak = 3 * (writes ? (service.equals("request") ? rates.registrations() : rates.documents() + rates.units())
                : rates.probesPerService());
        boolean recovered = load.awaitHealthy(service, writes, Math.max(3, streak), recoveryLimit);
        stack.log(recovered ? "recovered" : "NOT recovered within " + recoveryLimit + " s after deploy/local/up");
        sleepSeconds(after);
        load.stop();
        List<String> undrained = stack.awaitDrained(List.of("request", "catalog"), 120);

        List<Load.Shot> shots = load.shots();
        List<Verify.Figures> figures = Verify.check(stack, shots, from, tokens.clerk(), Load.UNIT + "/r" + load.run + "-");
        stack.log(perKind(figures));
        Verify.Consumed consumed = Verify.consumed(stack, shots, from, 120);
        stack.log(consumed.toString());
        // the outage as the killed service's clients saw it, from the kill on; failures before it are counted apart
        java.util.function.Predicate<Load.Shot> mine = s -> s.service().equals(service) && (writes ? s.kind().write() : s.kind() == Load.Kind.PROBE);
        Verify.Outage outage = Verify.outage(shots, s -> mine.test(s) && s.done() >= killedAt);
        long failedBefore = shots.stream().filter(s -> s.done() < killedAt && !s.ok() && s.status() != Load.SATURATED).count();
        Verify.Outage others = Verify.outage(shots, s -> !s.service().equals(service));
        long saturated = shots.stream().filter(s -> s.status() == Load.SATURATED).count();
        stack.log("outage of " + service + ": " + outage + "; elsewhere: " + others);

        printFindings(stack, figures, shots);
        Verify.Totals t = Verify.Totals.of(figures);
        List<String> extra = new ArrayList<>();
        if (!upOk) {
            extra.add("deploy/local/up FAILED (see reliability/out/commands.log)");
        }
        if (!recovered) {
            extra.add("NOT recovered within " + recoveryLimit + " s of the restart");
        }
        if (!undrained.isEmpty()) {
            extra.add("outbox not drained: " + undrained);
        }
        if (saturated > 0) {
            extra.add(Fmt.n(saturated) + " requests not sent (client saturated)");
        }
        if (t.storedUnacknowledged() > 0) {
            extra.add(Fmt.n(t.storedUnacknowledged()) + " stored without an acknowledgement");
        }
        if (failedBefore > 0) {
            extra.add(Fmt.n(failedBefore) + " requests failed before the kill");
        }
        String downtime = !outage.any() ? "no failed request"
                : (outage.recovered() < 0 ? "no success after the last failure" : "downtime " + Fmt.s(outage.seconds()))
                + " (" + Fmt.n(outage.failed()) + " failed "
                + (writes ? "writes" : "probes") + ": " + Fmt.histogram(withoutOk(outage.statuses())) + ")";
        System.out.println("kill-9 " + service + "-service: " + integrity(t) + ", " + consumed + ", " + downtime
                + ", restart by deploy/local/up " + Fmt.s(Fmt.secs(upDone - upStart))
                + ", other services " + Fmt.n(others.failed()) + " failed requests"
                + ", load average " + loadBefore + "→" + Stack.loadAverage()
                + (extra.isEmpty() ? "" : "; " + String.join("; ", extra)));
        System.out.flush();
        stack.log("killed at " + Fmt.s(Fmt.secs(killedAt - stack.t0)));
        return upOk && undrained.isEmpty() && consumed.complete() && t.lost() == 0 && t.eventsLost() == 0 && t.aggregatesWithDistinctIds() == 0;
    }

    static Map<Integer, Long> withoutOk(Map<Integer, Long> statuses) {
        Map<Integer, Long> m = new java.util.TreeMap<>(statuses);
        m.keySet().removeIf(s -> s >= 200 && s < 300);
        return m;
    }
}
