package org.govopen.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.HdrHistogram.Histogram;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;

/**
 * Alert lag: from a deadline's due time to its alert on govopen.alerts, with 100,000 open deadlines in the table.
 * Seeds them straight into the service's database: {@code DUE} of them fall due, evenly spread over the next minute,
 * the rest a year from now. Lag = the alert record's timestamp (the relay's send) minus the deadline's firing time.
 * <pre>java -cp … org.govopen.benchmarks.AlertLagBench JDBC_URL KAFKA_BOOTSTRAP [OPEN] [DUE]</pre>
 */
public final class AlertLagBench {

    private static final Pattern SCHEDULED = Pattern.compile("\"scheduledAt\":\"([^\"]+)\"");
    private static final Pattern AGGREGATE = Pattern.compile("\"aggregateId\":\"(bench-[0-9]+)\"");

    public static void main(String[] args) throws Exception {
        String jdbc = args[0];
        String kafka = args[1];
        int open = args.length > 2 ? Integer.parseInt(args[2]) : 100_000;
        int due = args.length > 3 ? Integer.parseInt(args[3]) : 2_000;
        long spreadMs = 60_000;
        try (KafkaConsumer<String, String> consumer = AlertTopic.fromNow(kafka)) {
            try (Connection c = DriverManager.getConnection(jdbc, "postgres", ""); Statement st = c.createStatement()) {
                st.execute("delete from deadline where aggregate_type = 'bench'");
                st.execute(SEED.formatted(open, due, spreadMs / due, due));
                st.execute("analyze deadline");
            }
            System.out.printf("seeded %d open deadlines, %d due over the next %d s%n", open, due, spreadMs / 1000);
            Histogram lag = Stats.histogram();
            Set<String> seen = new HashSet<>();
            long end = System.currentTimeMillis() + spreadMs + 30_000;
            while (System.currentTimeMillis() < end && seen.size() < due) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    Matcher a = AGGREGATE.matcher(r.value());
                    Matcher s = SCHEDULED.matcher(r.value());
                    if (a.find() && s.find() && seen.add(a.group(1))) {
                        long scheduled = OffsetDateTime.parse(s.group(1)).toInstant().toEpochMilli();
                        lag.recordValue(Math.max(0, r.timestamp() - scheduled) * 1000);
                    }
                }
            }
            System.out.printf("alert lag with %d open deadlines (%d fired of %d due): %s%n", open, seen.size(), due,
                    Stats.summary(lag));
        } finally {
            try (Connection c = DriverManager.getConnection(jdbc, "postgres", ""); Statement st = c.createStatement()) {
                st.execute("delete from deadline where aggregate_type = 'bench'");
            }
        }
    }

    private static final String SEED = """
            insert into deadline (id, aggregate_type, aggregate_id, kind, ref, label, unit, due_at, warn_at, provisional,
                state, stage, next_fire_at, token, created_at, updated_at, version)
            select gen_random_uuid(), 'bench', 'bench-' || g, 'bench', '', '压测期限 ' || g, 'nanning/qingxiu', t, null, false,
                'ACTIVE', 'PENDING', t, 0, now(), now(), 0
            from (select g, case when g <= %2$d then now() + make_interval(secs => g * %3$d / 1000.0)
                                 else now() + interval '365 days' end as t
                  from generate_series(1, %1$d) g) s""";
}
