package org.govopen.reliability;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;

/**
 * (h) 12345 tickets across a {@code kill -9} of interaction-service — or, with {@code FAULT=postgres}, a restart of
 * PostgreSQL — mid-intake: {@code TICKETS} (30,000) tickets on
 * govopen.inbound.hotline (one in twenty a second delivery of an earlier number), interaction-service killed
 * {@code KILL_AFTER_SECONDS} (6) after the first publish — batches half written, offsets not yet committed — and
 * restarted by {@code deploy/local/up}. Every distinct ticket number must be exactly one message with one reply
 * deadline and one {@code receive} event on govopen.interaction.events (a redelivery of the same event id is counted
 * apart: the outbox delivers at least once); none lost, none twice, none on the dead-letter topic.
 * <pre>java … HotlineKill ROOT</pre>
 */
public final class HotlineKill extends Experiment {

    HotlineKill(Path root) {
        super(root);
    }

    public static void main(String[] args) throws Exception {
        System.exit(new HotlineKill(Path.of(args[0])).run() ? 0 : 1);
    }

    boolean run() throws Exception {
        Stack stack = new Stack(root, "hotline-kill");
        requireStack(stack, false);
        int n = (int) env("TICKETS", 30_000);
        long killAfter = env("KILL_AFTER_SECONDS", 6);
        boolean postgres = "postgres".equals(System.getenv("FAULT"));
        Map<TopicPartition, Long> dlqFrom = Events.ends("govopen.dlq.interaction");
        String run = "R" + UUID.randomUUID().toString().substring(0, 8);
        Map<TopicPartition, Long> from = Events.ends("govopen.interaction.events");
        Set<String> distinct = new HashSet<>();
        long start = System.nanoTime();
        long[] storedAtKill = {-1};
        Thread killer = new Thread(() -> {
            try {
                sleepSeconds(killAfter);
                if (postgres) {
                    try (Connection c = Stack.db("interaction")) {
                        storedAtKill[0] = Stack.count(c, "select count(*) from message where hotline_ticket like ?", run + "-%");
                    }
                    long at = System.nanoTime();
                    boolean ok = stack.run(180, "pg_ctlcluster", "--skip-systemctl-redirect", PostgresRestart.clusterVersion(),
                            "main", "restart");
                    stack.log("PostgreSQL restart " + (ok ? "done" : "FAILED") + " in " + Fmt.s(Fmt.secs(System.nanoTime() - at)));
                    return;
                }
                long pid = stack.pid("interaction");
                stack.signal(pid, "9");
                for (int i = 0; i < 50 && Stack.alive(pid); i++) {
                    Thread.sleep(100);
                }
                try (Connection c = Stack.db("interaction")) {
                    storedAtKill[0] = Stack.count(c, "select count(*) from message where hotline_ticket like ?", run + "-%");
                }
                stack.log("interaction-service (pid " + pid + ") killed at " + OffsetDateTime.now(ZoneOffset.ofHours(8))
                        + " with " + storedAtKill[0] + " tickets stored");
            } catch (Exception e) {
                stack.log("kill failed: " + e);
            }
        });
        killer.start();
        String transferred = OffsetDateTime.now(ZoneOffset.ofHours(8)).minusMinutes(5).toString();
        try (KafkaProducer<String, String> producer = Events.producer()) {
            for (int i = 0; i < n; i++) {
                int k = i > 100 && i % 20 == 0 ? i - 97 : i;
                String number = run + "-" + k;
                distinct.add(number);
                String data = "{\"ticketNumber\":\"" + number + "\",\"transferredAt\":\"" + transferred + "\",\"category\":\"COMPLAINT\","
                        + "\"subject\":\"可靠性试验 工单\",\"text\":\"可靠性试验：市民来电 " + k + "\",\"unit\":\"nanning/qingxiu\"}";
                ProducerRecord<String, String> r = Events.cloudEvent("govopen.inbound.hotline", number, UUID.randomUUID().toString(),
                        "govopen.inbound.hotline.ticket", "/12345/reliability", OffsetDateTime.now(), data);
                producer.send(r);
                if (i % 2000 == 0) {
                    Thread.sleep(200); // about 10,000/s: the kill falls into the intake, not after it
                }
            }
        }
        killer.join();
        boolean upOk = postgres || stack.up();
        stack.log("deploy/local/up " + (upOk ? "done" : "FAILED") + " at " + OffsetDateTime.now(ZoneOffset.ofHours(8)));

        // wait until every distinct number is a message, or nothing moves for a minute
        long stored = 0;
        long last = -1;
        long lastMove = System.nanoTime();
        try (Connection c = Stack.db("interaction")) {
            while ((stored = Stack.count(c, "select count(*) from message where hotline_ticket like ?", run + "-%")) < distinct.size()) {
                if (stored != last) {
                    last = stored;
                    lastMove = System.nanoTime();
                } else if (System.nanoTime() - lastMove > 60_000_000_000L) {
                    break;
                }
                Thread.sleep(500);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            long deadlines = Stack.count(c, "select count(*) from deadline d join message m on d.aggregate_id = m.id::text "
                    + "where d.aggregate_type = 'message' and m.hotline_ticket like ?", run + "-%");
            long twice = Stack.count(c, "select count(*) from (select hotline_ticket from message where hotline_ticket like ? "
                    + "group by hotline_ticket having count(*) > 1) t", run + "-%");
            Set<String> ids = new HashSet<>();
            try (PreparedStatement ps = c.prepareStatement("select id::text from message where hotline_ticket like ?")) {
                ps.setString(1, run + "-%");
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getString(1));
                    }
                }
            }
            sleepSeconds(5); // the outbox's last batch
            Map<String, Set<String>> receiveIds = new HashMap<>();
            long redelivered = 0;
            Set<String> seen = new HashSet<>();
            for (ConsumerRecord<String, byte[]> r : Events.records(from, Duration.ofSeconds(120))) {
                if (!ids.contains(r.key()) || !"govopen.interaction.message.receive".equals(Events.header(r, "ce_type"))) {
                    continue;
                }
                String id = Events.header(r, "ce_id");
                if (!seen.add(id)) {
                    redelivered++;
                }
                receiveIds.computeIfAbsent(r.key(), x -> new HashSet<>()).add(id);
            }
            long withoutEvent = ids.stream().filter(id -> !receiveIds.containsKey(id)).count();
            long parked = Events.records(dlqFrom, Duration.ofSeconds(120)).stream().filter(r -> r.key() != null && r.key().startsWith(run + "-")).count();
            long twoEvents = receiveIds.values().stream().filter(s -> s.size() > 1).count();
            boolean clean = upOk && stored == distinct.size() && twice == 0 && deadlines == stored && withoutEvent == 0 && twoEvents == 0
                    && parked == 0;
            System.out.printf("hotline-%s: %d tickets (%d distinct numbers) published, %s %d s in with "
                            + storedAtKill[0] + " of them stored (%s); %.0f s later %d messages stored (lost %d), numbers stored twice %d, reply deadlines %d, "
                            + "messages without a receive event %d, with two %d, tickets on the dead-letter topic %d; %d event ids delivered more than once (same id)%s%n",
                    postgres ? "postgres" : "kill", n, distinct.size(), postgres ? "PostgreSQL restarted" : "interaction-service killed",
                    killAfter, upOk ? "up" : "UP FAILED", seconds, stored, distinct.size() - stored, twice,
                    deadlines, withoutEvent, twoEvents, parked, redelivered, clean ? "" : " — FINDING");
            cleanUp(c, run);
            return clean;
        }
    }

    private static void cleanUp(Connection c, String run) throws Exception {
        for (String sql : List.of(
                "delete from message_transition where message_id in (select id from message where hotline_ticket like ?)",
                "delete from deadline where aggregate_type = 'message' and aggregate_id in (select id::text from message where hotline_ticket like ?)",
                "delete from message where hotline_ticket like ?")) {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, run + "-%");
                ps.executeUpdate();
            }
        }
        try (PreparedStatement ps = c.prepareStatement("delete from message_cluster where title like '可靠性试验%'")) {
            ps.executeUpdate();
        }
    }
}
