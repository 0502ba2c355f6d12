package org.govopen.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Alert intake of the operator console from {@code govopen.alerts}: {@code COUNT} deadline alerts of as many cases
 * (service {@code bench}; one in four a breach, the rest warnings; over 20 units) published as fast as the producer
 * goes, and one in twenty delivered a second time. Measures how long the console takes to store them all — each alert
 * once, its group, the duplicates counted — and prints the sustained rate. Target (issue 11): at least 5,000 alerts/s.
 * The alerts stay for {@link ConsoleListBench}; {@code cleanup} as the only argument after the URL deletes them.
 * With {@code publish} the alerts are only published (run-console.sh does so while the console is stopped, so that the
 * producer does not share the two cores with it), and {@code await COUNT} waits for them and prints the console's own
 * intake rate: the alerts over the span of their {@code received_at}, first to last.
 * <pre>java -cp … org.govopen.benchmarks.ConsoleIntakeBench JDBC_URL KAFKA_BOOTSTRAP [COUNT | publish COUNT | await COUNT | cleanup]</pre>
 */
public final class ConsoleIntakeBench {

    public static void main(String[] args) throws Exception {
        String jdbc = args[0];
        try (Connection c = DriverManager.getConnection(jdbc, "postgres", ""); Statement st = c.createStatement()) {
            if (args.length > 2 && args[2].equals("cleanup")) {
                cleanup(st);
                return;
            }
            String kafka = args[1];
            String mode = args.length > 2 && !args[2].matches("\\d+") ? args[2] : "both";
            int count = Integer.parseInt(args.length > 3 ? args[3] : args.length > 2 && mode.equals("both") ? args[2] : "100000");
            if (mode.equals("await")) {
                awaitStored(st, count + (count + 19) / 20, System.nanoTime());
                return;
            }
            cleanup(st);
            String run = UUID.randomUUID().toString().substring(0, 8);
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(8));
            long start = System.nanoTime();
            int deliveries = 0;
            java.util.Properties tuning = new java.util.Properties();
            tuning.put("batch.size", "262144");
            tuning.put("linger.ms", "20");
            tuning.put("compression.type", "lz4");
            try (KafkaProducer<String, String> producer = InboundTopic.producer(kafka, tuning)) {
                for (int i = 0; i < count; i++) {
                    ProducerRecord<String, String> r = alert(run, i, now);
                    producer.send(r);
                    deliveries++;
                    if (i % 20 == 0) {
                        producer.send(r); // a redelivery: the same record again
                        deliveries++;
                    }
                }
            }
            double publishS = (System.nanoTime() - start) / 1e9;
            System.out.printf("published %d alerts (%d deliveries) in %.1f s%n", count, deliveries, publishS);
            if (mode.equals("publish")) {
                return;
            }
            awaitStored(st, deliveries, start);
        }
    }

    private static void awaitStored(Statement st, int deliveries, long start) throws Exception {
        long[] seen = {0, 0};
        long deadline = System.currentTimeMillis() + 600_000;
        while (System.currentTimeMillis() < deadline) {
            seen = stored(st);
            if (seen[0] + seen[1] >= deliveries) {
                break;
            }
            Thread.sleep(200);
        }
        double s = (System.nanoTime() - start) / 1e9;
        long groups = scalar(st, "select count(*) from alert_group where service = 'bench' and status <> 'RESOLVED'");
        System.out.printf("console intake from the topic: %d alerts stored once, %d redeliveries counted as duplicates, "
                + "%d open groups; %.1f s from the first publish: %.0f alerts/s (%.0f deliveries/s)%n",
                seen[0], seen[1], groups, s, seen[0] / s, (seen[0] + seen[1]) / s);
        try (ResultSet r = st.executeQuery("select extract(epoch from max(received_at) - min(received_at)) from alert where kind = 'bench'")) {
            r.next();
            double span = r.getDouble(1);
            System.out.printf("the console's own intake rate: %d alerts received over %.1f s (first to last received_at): %.0f alerts/s%n",
                    seen[0], span, seen[0] / Math.max(span, 0.001));
        }
        st.execute("analyze alert_group");
    }

    private static ProducerRecord<String, String> alert(String run, int i, OffsetDateTime now) {
        String aggregate = "bench-" + run + "-" + i;
        boolean breach = i % 4 == 0;
        String level = breach ? "BREACH" : "WARNING";
        OffsetDateTime due = breach ? now.minusMinutes(i % 600) : now.plusMinutes(60 + i % 6000);
        String alertId = UUID.nameUUIDFromBytes((aggregate + ":" + level).getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();
        String data = "{\"alertId\":\"" + alertId + "\",\"level\":\"" + level + "\",\"service\":\"bench\",\"deadlineKind\":\"bench\","
                + "\"aggregateType\":\"case\",\"aggregateId\":\"" + aggregate + "\",\"label\":\"压测事项 " + i + " 的答复期限\","
                + "\"unit\":\"nanning/qingxiu/bench-" + (i % 20) + "\",\"dueAt\":\"" + due + "\",\"firedAt\":\"" + now + "\","
                + "\"provisional\":false,\"stage\":\"" + (breach ? "breach" : "warning-1") + "\","
                + "\"message\":\"【" + (breach ? "已超期" : "期限预警") + "】压测事项 " + i + "\"}";
        ProducerRecord<String, String> r = InboundTopic.event("govopen.alerts", aggregate,
                "govopen.alert.deadline." + level.toLowerCase(java.util.Locale.ROOT), "/govopen/bench", data);
        r.headers().remove("ce_id");
        r.headers().add("ce_id", alertId.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return r;
    }

    /** Alerts of the benchmark stored, and the duplicates counted on them. */
    private static long[] stored(Statement st) throws Exception {
        try (ResultSet r = st.executeQuery("select count(*), coalesce(sum(duplicates), 0) from alert where kind = 'bench'")) {
            r.next();
            return new long[] {r.getLong(1), r.getLong(2)};
        }
    }

    private static long scalar(Statement st, String sql) throws Exception {
        try (ResultSet r = st.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    static void cleanup(Statement st) throws Exception {
        st.execute("delete from alert where group_id in (select id from alert_group where service = 'bench')");
        st.execute("delete from alert_action where group_id in (select id from alert_group where service = 'bench')");
        st.execute("delete from alert_group where service = 'bench'");
    }
}
