package org.govopen.reliability;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.common.TopicPartition;

/**
 * (b) The broker stopped for 60 s under load (SIGTERM, SIGKILL after 30 s; {@code BROKER_SIGNAL=KILL} for SIGKILL
 * at once), then brought back by {@code deploy/local/up}: writes accepted meanwhile, events delivered in the end,
 * and the time from the broker being back (its port open) to the outbox rows written until then all sent.
 * <pre>java … BrokerOutage ROOT</pre>
 */
public final class BrokerOutage extends Experiment {

    BrokerOutage(Path root) {
        super(root);
    }

    public static void main(String[] args) throws Exception {
        System.exit(new BrokerOutage(Path.of(args[0])).run() ? 0 : 1);
    }

    boolean run() throws Exception {
        Stack stack = new Stack(root, "broker-outage");
        requireStack(stack, true);
        long warmup = env("WARMUP_SECONDS", 10);
        long outageSeconds = env("OUTAGE_SECONDS", 60);
        long after = env("AFTER_SECONDS", 30);
        String signal = System.getenv().getOrDefault("BROKER_SIGNAL", "TERM");
        String loadBefore = Stack.loadAverage();
        List<String> relays = List.of("request", "catalog");
        stack.log("load: " + rates);
        Load.ensureUnits(tokens.admin());
        Map<String, Map<TopicPartition, Long>> from = Verify.topicEnds();
        Load load = new Load(tokens, rates, warmup + outageSeconds + after + 600);

        // the outbox as the database and /q/metrics show it, twice a second, in the log
        AtomicLong peak = new AtomicLong();
        Thread monitor = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                long r = Stack.backlog("request");
                long c = Stack.backlog("catalog");
                peak.accumulateAndGet(Math.max(r, 0) + Math.max(c, 0), Math::max);
                stack.log("backlog request " + r + " (metrics " + Stack.metricsBacklog("request") + "), catalog " + c
                        + " (metrics " + Stack.metricsBacklog("catalog") + "), broker port " + (Stack.portOpen(Stack.KAFKA_PORT) ? "open" : "closed"));
                try {
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "monitor");
        monitor.setDaemon(true);
        monitor.start();

        load.start();
        sleepSeconds(warmup);
        long pid = stack.pid("kafka");
        long stopAt = System.nanoTime();
        stack.signal(pid, signal);
        for (int i = 0; i < 300 && Stack.alive(pid); i++) {
            Thread.sleep(100);
        }
        if (Stack.alive(pid)) {
            stack.log("broker still alive 30 s after SIG" + signal + "; SIGKILL");
            stack.signal(pid, "9");
            for (int i = 0; i < 50 && Stack.alive(pid); i++) {
                Thread.sleep(100);
            }
        }
        long downAt = System.nanoTime();
        stack.log("broker (pid " + pid + ") gone after " + Fmt.s(Fmt.secs(downAt - stopAt)));
        Thread.sleep(Math.max(0, TimeUnit.SECONDS.toMillis(outageSeconds) - TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - downAt)));

        long upStart = System.nanoTime();
        CompletableFuture<Boolean> up = CompletableFuture.supplyAsync(stack::up);
        long backAt = -1;
        Instant backInstant = null;
        for (int i = 0; i < 3000 && backAt < 0; i++) {      // bounded: 300 s
            if (Stack.portOpen(Stack.KAFKA_PORT)) {
                backAt = System.nanoTime();
                backInstant = Instant.now();
            } else {
                Thread.sleep(100);
            }
        }
        if (backAt < 0) {
            load.stop();
            monitor.interrupt();
            stack.finding("the broker did not come back within 300 s of deploy/local/up");
            System.out.println("broker outage: the broker did not come back; the stack is NOT as it was found (see reliability/out/commands.log)");
            return false;
        }
        stack.log("broker port open " + Fmt.s(Fmt.secs(backAt - upStart)) + " after deploy/local/up started");

        // time from the broker back until every row written before that moment is sent (bounded: 300 s)
        // and when the relays started sending again: the first time that backlog went down
        long drainedAt = -1;
        long resumedAt = -1;
        long atBack = -1;
        long until = backAt + TimeUnit.SECONDS.toNanos(300);
        while (drainedAt < 0 && System.nanoTime() < until) {
            Instant by = backInstant;
            long left = relays.stream().mapToLong(s -> Math.max(0, Stack.backlog(s, by))).sum();
            if (atBack < 0) {
                atBack = left;
            } else if (resumedAt < 0 && left < atBack) {
                resumedAt = System.nanoTime();
            }
            if (left == 0 && relays.stream().allMatch(s -> Stack.backlog(s, by) == 0)) {
                drainedAt = System.nanoTime();
                if (resumedAt < 0) {
                    resumedAt = drainedAt;
                }
            } else {
                Thread.sleep(200);
            }
        }
        stack.log("backlog at the broker's return " + atBack + "; relays resumed "
                + (resumedAt < 0 ? "never" : Fmt.s(Fmt.secs(resumedAt - backAt))) + " after it");
        boolean upOk = up.get(420, TimeUnit.SECONDS);
        long keepUntil = backAt + TimeUnit.SECONDS.toNanos(after);
        Thread.sleep(Math.max(0, TimeUnit.NANOSECONDS.toMillis(keepUntil - System.nanoTime())));
        load.stop();
        List<String> undrained = stack.awaitDrained(relays, 180);
        monitor.interrupt();

        List<Load.Shot> shots = load.shots();
        List<Verify.Figures> figures = Verify.check(stack, shots, from, tokens.clerk(), Load.UNIT + "/r" + load.run + "-");
        stack.log(perKind(figures));
        final long d = downAt;
        final long b = backAt;
        List<Load.Shot> duringWrites = shots.stream().filter(s -> s.kind().write() && s.sent() >= d && s.sent() <= b).toList();
        long accepted = duringWrites.stream().filter(Load.Shot::ok).count();
        long refused = duringWrites.size() - accepted;
        printFindings(stack, figures, shots);
        Verify.Totals t = Verify.Totals.of(figures);
        List<String> extra = new ArrayList<>();
        if (!upOk) {
            extra.add("deploy/local/up FAILED (see reliability/out/commands.log)");
        }
        if (!undrained.isEmpty()) {
            extra.add("outbox not drained: " + undrained);
        }
        long failedRelay = relays.stream().mapToLong(Stack::failedOutbox).sum();
        if (failedRelay > 0) {
            extra.add(failedRelay + " outbox rows given up (failed_at)");
        }
        if (t.storedUnacknowledged() > 0) {
            extra.add(Fmt.n(t.storedUnacknowledged()) + " stored without an acknowledgement");
        }
        long delivered = t.acknowledged() - t.eventsLost();
        System.out.println("broker stopped " + Fmt.s(Fmt.secs(backAt - downAt)) + " (SIG" + signal + "): "
                + Fmt.n(accepted) + " writes accepted during the outage, " + Fmt.n(refused) + " refused"
                + (refused > 0 ? " (" + Fmt.histogram(KillServices.withoutOk(Verify.statusesBetween(shots, d, b).getOrDefault("writes", Map.of()))) + ")" : "")
                + "; " + integrity(t) + ", " + Fmt.n(delivered) + "/" + Fmt.n(t.acknowledged()) + " events delivered in the end"
                + "; backlog peaked at " + Fmt.n(peak.get()) + ", "
                + (drainedAt < 0 ? "NOT drained within 300 s of the broker's return"
                : "relays resumed " + Fmt.s(Fmt.secs(resumedAt - backAt)) + " and the backlog was 0 "
                + Fmt.s(Fmt.secs(drainedAt - backAt)) + " after the broker was back")
                + ", load average " + loadBefore + "→" + Stack.loadAverage()
                + (extra.isEmpty() ? "" : "; " + String.join("; ", extra)));
        return upOk && undrained.isEmpty() && drainedAt >= 0 && t.lost() == 0 && t.eventsLost() == 0;
    }
}
