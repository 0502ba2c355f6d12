package org.govopen.reliability;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;

/**
 * (j) Alerts across a {@code kill -9} of the operator console mid-intake: {@code CASES} (20,000) cases on
 * govopen.alerts, each a warning then a breach of its reply deadline, one case in ten then resolved by its service,
 * one alert in twenty delivered twice. With one instance the console is killed {@code KILL_AFTER_SECONDS} (5) after
 * the first publish; on a stack of two replicas ({@code deploy/local/up --replicas 2}) the second is killed and the
 * first takes over its partitions. Either way {@code deploy/local/up} restarts what was killed. The batches written but
 * not yet committed to Kafka are delivered again; every alert must still be one row, each case one group whose alert
 * count is its alerts (not counted twice), the resolved cases resolved and the others open breaches, none on the
 * dead-letter topic.
 * <pre>java … ConsoleKill ROOT</pre>
 */
public final class ConsoleKill extends Experiment {

    private static final String TOPIC = "govopen.alerts";

    ConsoleKill(Path root) {
        super(root);
    }

    public static void main(String[] args) throws Exception {
        System.exit(new ConsoleKill(Path.of(args[0])).run() ? 0 : 1);
    }

    boolean run() throws Exception {
        Stack stack = new Stack(root, "console-kill");
        requireStack(stack, false);
        int replicas = stack.replicas();
        String victim = replicas > 1 ? "console-2" : "console";
        int cases = (int) env("CASES", 20_000);
        long killAfter = env("KILL_AFTER_SECONDS", 5);
        Map<TopicPartition, Long> dlqFrom = Events.ends("govopen.dlq.console");
        String run = "k" + UUID.randomUUID().toString().substring(0, 8);
        long start = System.nanoTime();
        long[] storedAtKill = {-1};
        Thread killer = new Thread(() -> {
            try {
                sleepSeconds(killAfter);
                long pid = stack.pid(victim);
                stack.signal(pid, "9");
                for (int i = 0; i < 50 && Stack.alive(pid); i++) {
                    Thread.sleep(100);
                }
                try (Connection c = Stack.db("console")) {
                    storedAtKill[0] = Stack.count(c, "select count(*) from alert a join alert_group g on g.id = a.group_id "
                            + "where g.service = 'reliability' and g.aggregate_id like ?", run + "-%");
                }
                stack.log(victim + " (pid " + pid + ") killed with " + storedAtKill[0] + " alerts stored");
            } catch (Exception e) {
                stack.log("kill failed: " + e);
            }
        });
        killer.start();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(8));
        int alerts = 0;
        int redeliveries = 0;
        int resolved = 0;
        try (KafkaProducer<String, String> producer = Events.producer()) {
            for (int i = 0; i < cases; i++) {
                String aggregate = run + "-" + i;
                boolean resolves = i % 10 == 0;
                for (String stage : resolves ? new String[] {"warning", "breach", "resolved"} : new String[] {"warning", "breach"}) {
                    ProducerRecord<String, String> r = alert(aggregate, i, stage, now);
                    producer.send(r);
                    alerts++;
                    if (alerts % 20 == 0) {
                        producer.send(r);
                        redeliveries++;
                    }
                }
                resolved += resolves ? 1 : 0;
                if (i % 1000 == 0) {
                    Thread.sleep(200); // the kill falls into the intake, not after it
                }
            }
        }
        killer.join();
        boolean upOk = stack.up();
        stack.log("deploy/local/up " + (upOk ? "done" : "FAILED"));

        try (Connection c = Stack.db("console")) {
            String ofRun = "from alert a join alert_group g on g.id = a.group_id where g.service = 'reliability' and g.aggregate_id like ?";
            long stored = 0;
            long last = -1;
            long lastMove = System.nanoTime();
            while ((stored = Stack.count(c, "select count(*) " + ofRun, run + "-%")) < alerts) {
                if (stored != last) {
                    last = stored;
                    lastMove = System.nanoTime();
                } else if (System.nanoTime() - lastMove > 60_000_000_000L) {
                    break;
                }
                Thread.sleep(500);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            long duplicates = Stack.count(c, "select coalesce(sum(a.duplicates), 0) " + ofRun, run + "-%");
            String groupsOfRun = "from alert_group g where g.service = 'reliability' and g.aggregate_id like ?";
            long groups = Stack.count(c, "select count(*) " + groupsOfRun, run + "-%");
            long miscounted = Stack.count(c, "select count(*) " + groupsOfRun
                    + " and g.alert_count <> (select count(*) from alert a where a.group_id = g.id)", run + "-%");
            long groupDuplicatesOff = Stack.count(c, "select count(*) " + groupsOfRun
                    + " and g.duplicate_count <> (select coalesce(sum(a.duplicates), 0) from alert a where a.group_id = g.id)", run + "-%");
            long resolvedGroups = Stack.count(c, "select count(*) " + groupsOfRun + " and g.status = 'RESOLVED'", run + "-%");
            long openBreaches = Stack.count(c, "select count(*) " + groupsOfRun + " and g.status = 'OPEN' and g.level = 'BREACH'", run + "-%");
            long parked = Events.records(dlqFrom, Duration.ofSeconds(60)).stream()
                    .filter(r -> r.key() != null && r.key().startsWith(run + "-")).count();
            boolean clean = upOk && stored == alerts && groups == cases && miscounted == 0 && groupDuplicatesOff == 0
                    && resolvedGroups == resolved && openBreaches == cases - resolved && duplicates >= redeliveries && parked == 0;
            System.out.printf("console-kill (%d instance%s, %s killed %d s in with %d alerts stored): %d alerts of %d cases "
                            + "published, %d of them twice; %.0f s later %s, %d alerts stored (lost %d), %d groups, "
                            + "%d with an alert count not their alerts, %d with a duplicate count not their alerts'; "
                            + "%d resolved of %d, %d open breaches of %d; %d duplicates counted (%d published, %d "
                            + "redelivered after the kill); %d on the dead-letter topic%s%n",
                    replicas, replicas > 1 ? "s" : "", victim, killAfter, storedAtKill[0], alerts, cases, redeliveries,
                    seconds, upOk ? "up" : "UP FAILED", stored, alerts - stored, groups, miscounted, groupDuplicatesOff,
                    resolvedGroups, resolved, openBreaches, cases - resolved, duplicates, redeliveries,
                    Math.max(0, duplicates - redeliveries), parked, clean ? "" : " — FINDING");
            cleanUp(c, run);
            return clean;
        }
    }

    /** A deadline alert of request-service's shape (docs/events/govopen.alert.deadline.*.v1.json). */
    static ProducerRecord<String, String> alert(String aggregate, int i, String stage, OffsetDateTime now) {
        String alertId = UUID.nameUUIDFromBytes((aggregate + ":" + stage).getBytes(StandardCharsets.UTF_8)).toString();
        OffsetDateTime due = now.minusMinutes(i % 600);
        OffsetDateTime fired = switch (stage) {
            case "warning" -> due.minusDays(1);
            case "breach" -> due;
            default -> now;
        };
        String data = "{\"alertId\":\"" + alertId + "\",\"level\":\"" + stage.toUpperCase(java.util.Locale.ROOT)
                + "\",\"service\":\"reliability\",\"deadlineKind\":\"reply\",\"aggregateType\":\"case\",\"aggregateId\":\""
                + aggregate + "\",\"label\":\"可靠性试验 " + i + " 的答复期限\",\"unit\":\"nanning/qingxiu\",\"dueAt\":\"" + due
                + "\",\"firedAt\":\"" + fired + "\",\"provisional\":false,\"stage\":\"" + (stage.equals("warning") ? "warning-1" : stage)
                + "\",\"message\":\"可靠性试验 " + i + "：" + stage + "\"}";
        return Events.cloudEvent(TOPIC, aggregate, alertId, "govopen.alert.deadline." + stage, "/govopen/reliability", fired, data);
    }

    private static void cleanUp(Connection c, String run) throws Exception {
        String groups = "(select id from alert_group where service = 'reliability' and aggregate_id like ?)";
        for (String sql : new String[] {"delete from alert where group_id in " + groups,
                "delete from alert_action where group_id in " + groups,
                "delete from alert_group where service = 'reliability' and aggregate_id like ?"}) {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, run + "-%");
                ps.executeUpdate();
            }
        }
    }
}
