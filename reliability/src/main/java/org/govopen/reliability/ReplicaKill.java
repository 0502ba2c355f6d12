package org.govopen.reliability;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.common.TopicPartition;

/**
 * (i) Two replicas of every service behind HAProxy ({@code deploy/local/up --replicas 2}): under load through the
 * balancers, with a deadline falling due every second ({@link Windows}: {@code WINDOWS} (90) opinion windows ending
 * one a second from 15 s on), {@code kill -9} of the second replica of every service at once, {@code WARMUP_SECONDS}
 * (20) in, restarted by {@code deploy/local/up}. Then: every acknowledged write is there and announced, every
 * consumer effect applied once ({@link Verify}), each window's alerts raised exactly once, and the events of each
 * aggregate on request's, catalog's and sentiment's topics in the order of their outbox rows — the proof of
 * "replica-safe" for the relay, the sweeper and the consumer groups.
 * <pre>java … ReplicaKill ROOT</pre>
 */
public final class ReplicaKill extends Experiment {

    ReplicaKill(Path root) {
        super(root);
    }

    public static void main(String[] args) throws Exception {
        System.exit(new ReplicaKill(Path.of(args[0])).run() ? 0 : 1);
    }

    boolean run() throws Exception {
        Stack stack = new Stack(root, "replicas");
        int replicas = stack.replicas();
        if (replicas < 2) {
            System.out.println("replicas: the stack runs one instance of each service; start it with deploy/local/up --replicas 2");
            return false;
        }
        requireStack(stack, false);
        long warmup = env("WARMUP_SECONDS", 20);
        int windows = (int) env("WINDOWS", 90);
        long after = env("AFTER_SECONDS", 20);
        String staff = System.getenv("STAFF_TOKEN").trim();
        String loadBefore = Stack.loadAverage();
        Load.ensureUnits(tokens.admin());

        Map<String, Map<TopicPartition, Long>> from = Verify.topicEnds();
        Map<String, Map<TopicPartition, Long>> ordered = new LinkedHashMap<>();
        for (String topic : List.of(Verify.REQUEST_TOPIC, Verify.CATALOG_TOPIC, "govopen.sentiment.events")) {
            ordered.put(topic, Events.ends(topic));
        }
        Map<TopicPartition, Long> alertsFrom = Windows.ends();
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.ofHours(8));
        List<OffsetDateTime> dues = new ArrayList<>();
        for (int i = 0; i < windows; i++) {
            dues.add(start.plusSeconds(15 + i));
        }
        Set<String> incidents = Windows.establish(stack, staff, dues);
        if (incidents == null) {
            System.out.println("replicas: could not establish the incidents (see reliability/out)");
            return false;
        }
        OffsetDateTime lastDue = dues.get(dues.size() - 1);
        stack.log(windows + " windows end one a second, " + dues.get(0) + " … " + lastDue + "; load: " + rates);

        Load load = new Load(tokens, rates, warmup + after + windows + 600);
        load.start();
        sleepSeconds(warmup);
        List<Long> killed = new ArrayList<>();
        long killedAt = System.nanoTime();
        for (String s : Stack.PORTS.keySet()) {
            long pid = stack.pid(s + "-2");
            stack.signal(pid, "9");
            killed.add(pid);
        }
        for (long pid : killed) {
            for (int i = 0; i < 50 && Stack.alive(pid); i++) {
                Thread.sleep(100);
            }
        }
        stack.log("second replicas killed (pids " + killed + ")");
        long upStart = System.nanoTime();
        boolean upOk = stack.up();
        long upDone = System.nanoTime();
        stack.log("deploy/local/up " + (upOk ? "done" : "FAILED") + " in " + Fmt.s(Fmt.secs(upDone - upStart)));
        long wait = Duration.between(OffsetDateTime.now(ZoneOffset.ofHours(8)), lastDue).toSeconds() + after;
        sleepSeconds(Math.max(after, wait));
        load.stop();
        List<String> undrained = stack.awaitDrained(List.copyOf(Stack.PORTS.keySet()), 120);

        List<Load.Shot> shots = load.shots();
        List<Verify.Figures> figures = Verify.check(stack, shots, from, tokens.clerk(), Load.UNIT + "/r" + load.run + "-");
        stack.log(perKind(figures));
        Verify.Consumed consumed = Verify.consumed(stack, shots, from, 120);
        Windows.Tally tally = Windows.tally(alertsFrom, incidents);
        tally.findings().stream().limit(20).forEach(stack::finding);
        List<String> order = new ArrayList<>();
        int aggregates = 0;
        for (Map.Entry<String, Map<TopicPartition, Long>> t : ordered.entrySet()) {
            Order o = order(t.getKey(), t.getValue());
            aggregates += o.aggregates();
            o.outOfOrder().stream().limit(10).forEach(k -> stack.finding(t.getKey() + ": events of " + k + " out of their outbox order"));
            if (!o.outOfOrder().isEmpty()) {
                order.add(t.getKey() + " " + o.outOfOrder().size());
            }
        }
        Verify.Outage outage = Verify.outage(shots, s -> s.done() >= killedAt);
        long saturated = shots.stream().filter(s -> s.status() == Load.SATURATED).count();
        printFindings(stack, figures, shots);
        Verify.Totals t = Verify.Totals.of(figures);
        List<String> extra = new ArrayList<>();
        if (!upOk) {
            extra.add("deploy/local/up FAILED (see reliability/out/commands.log)");
        }
        if (!undrained.isEmpty()) {
            extra.add("outbox not drained: " + undrained);
        }
        if (saturated > 0) {
            extra.add(Fmt.n(saturated) + " requests not sent (client saturated)");
        }
        boolean clean = upOk && undrained.isEmpty() && consumed.complete() && t.lost() == 0 && t.eventsLost() == 0
                && t.aggregatesWithDistinctIds() == 0 && tally.clean() && order.isEmpty();
        System.out.println("replicas (" + replicas + " of each service, the second of each killed " + warmup + " s in): "
                + integrity(t) + ", " + consumed + "; " + windows + " windows: " + tally
                + "; outbox order: " + (order.isEmpty() ? "kept for all " + Fmt.n(aggregates) + " aggregates with several events"
                        : "BROKEN " + String.join(", ", order))
                + "; through the balancers after the kill: " + Fmt.n(outage.failed()) + " failed requests"
                + (outage.any() ? " (" + Fmt.histogram(KillServices.withoutOk(outage.statuses())) + ")" : "")
                + ", restart by deploy/local/up " + Fmt.s(Fmt.secs(upDone - upStart))
                + ", load average " + loadBefore + "→" + Stack.loadAverage()
                + (extra.isEmpty() ? "" : "; " + String.join("; ", extra)) + (clean ? "" : " — FINDING"));
        return clean;
    }

    /** Aggregates of the topic with several events, and those whose events came in another order than their rows. */
    record Order(int aggregates, List<String> outOfOrder) {
    }

    /**
     * The events of each aggregate (key) as the topic holds them, from {@code from} on, against the order of their
     * rows in the producing service's outbox ({@code seq}); a redelivery (an id seen before) is not an order change.
     */
    static Order order(String topic, Map<TopicPartition, Long> from) throws Exception {
        String service = topic.split("\\.")[1];
        List<Events.Event> events = Events.read(topic, from, Duration.ofSeconds(120));
        Set<String> ids = new HashSet<>();
        events.forEach(e -> ids.add(e.id()));
        Map<String, Long> seq = new HashMap<>();
        try (Connection c = Stack.db(service);
             PreparedStatement q = c.prepareStatement("select event_id::text, seq from outbox_event where topic = ?")) {
            q.setString(1, topic);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    if (ids.contains(rs.getString(1))) {
                        seq.put(rs.getString(1), rs.getLong(2));
                    }
                }
            }
        }
        Map<String, List<Long>> byKey = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (Events.Event e : events) { // per partition in offset order; one key is on one partition
            Long s = seq.get(e.id());
            if (s != null && seen.add(e.id())) {
                byKey.computeIfAbsent(e.partition() + "/" + e.subject(), k -> new ArrayList<>()).add(s);
            }
        }
        List<String> outOfOrder = new ArrayList<>();
        int several = 0;
        for (Map.Entry<String, List<Long>> k : byKey.entrySet()) {
            List<Long> s = k.getValue();
            if (s.size() > 1) {
                several++;
            }
            for (int i = 1; i < s.size(); i++) {
                if (s.get(i) < s.get(i - 1)) {
                    outOfOrder.add(k.getKey());
                    break;
                }
            }
        }
        return new Order(several, outOfOrder);
    }
}
