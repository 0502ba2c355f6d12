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
 * Alert lag of opinion windows: from a window's end to its breach alert on govopen.alerts, with {@code INCIDENTS}
 * open incidents (重大, major impact: facts, authoritative information and press-conference windows, and one hand-off
 * order's feedback deadline each — four deadlines per incident) seeded straight into govopen_sentiment. {@code DUE}
 * facts windows end evenly over a minute that starts 5 s after seeding (rows written by SQL, not through
 * {@code Deadlines}, reach the sweeper's plan at its next tick; the service's own writes re-plan at once); their breach also escalates the incident (an escalation row, an
 * event and a second alert in the same transaction). Lag = the alert record's timestamp (the relay's send) minus
 * the deadline's firing time ({@code scheduledAt}).
 * <pre>java -cp … org.govopen.benchmarks.SentimentAlertLagBench JDBC_URL KAFKA_BOOTSTRAP [INCIDENTS] [DUE]</pre>
 */
public final class SentimentAlertLagBench {

    private static final Pattern SCHEDULED = Pattern.compile("\"scheduledAt\":\"([^\"]+)\"");
    private static final Pattern AGGREGATE = Pattern.compile("\"aggregateId\":\"([0-9a-f-]{36})\"");
    private static final Pattern BENCH = Pattern.compile("\"label\":\"舆情BENCH-");

    public static void main(String[] args) throws Exception {
        String jdbc = args[0];
        String kafka = args[1];
        int incidents = args.length > 2 ? Integer.parseInt(args[2]) : 10_000;
        int due = args.length > 3 ? Integer.parseInt(args[3]) : 1_000;
        long spreadMs = 60_000;
        try (KafkaConsumer<String, String> consumer = AlertTopic.fromNow(kafka)) {
            try (Connection c = DriverManager.getConnection(jdbc, "postgres", ""); Statement st = c.createStatement()) {
                clean(st);
                for (String sql : SEED) {
                    st.execute(sql.formatted(incidents, due, spreadMs / due));
                }
                st.execute("analyze incident; analyze response_window; analyze handoff_order; analyze deadline");
            }
            System.out.printf("seeded %d open incidents (%d deadlines), %d windows ending over %d s from 5 s on%n",
                    incidents, incidents * 4, due, spreadMs / 1000);
            long seededAt = System.currentTimeMillis();
            java.util.List<long[]> worst = new java.util.ArrayList<>();
            Histogram lag = Stats.histogram();
            Histogram escalation = Stats.histogram();
            Set<String> seen = new HashSet<>();
            Set<String> escalated = new HashSet<>();
            long end = System.currentTimeMillis() + spreadMs + 35_000;
            while (System.currentTimeMillis() < end && (seen.size() < due || escalated.size() < due)) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    String v = r.value();
                    Matcher a = AGGREGATE.matcher(v);
                    Matcher s = SCHEDULED.matcher(v);
                    if (v.contains("\"stage\":\"breach\"") && BENCH.matcher(v).find() && a.find() && s.find() && seen.add(a.group(1))) {
                        long scheduled = OffsetDateTime.parse(s.group(1)).toInstant().toEpochMilli();
                        lag.recordValue(Math.max(0, r.timestamp() - scheduled) * 1000);
                        worst.add(new long[] {scheduled - seededAt, r.timestamp() - scheduled});
                    } else if (v.contains("\"escalatedTo\"") && v.contains("\"number\":\"BENCH-")) {
                        Matcher id = Pattern.compile("\"incidentId\":\"([0-9a-f-]{36})\"").matcher(v);
                        Matcher dueAt = Pattern.compile("\"dueAt\":\"([^\"]+)\"").matcher(v);
                        if (id.find() && dueAt.find() && escalated.add(id.group(1))) {
                            long scheduled = OffsetDateTime.parse(dueAt.group(1)).toInstant().toEpochMilli();
                            escalation.recordValue(Math.max(0, r.timestamp() - scheduled) * 1000);
                        }
                    }
                }
            }
            System.out.printf("window breach alert lag with %d open incidents (%d fired of %d due): %s%n", incidents,
                    seen.size(), due, Stats.summary(lag));
            worst.sort((a, b) -> Long.compare(b[1], a[1]));
            System.out.println("slowest (due ms after seeding → lag ms): " + worst.stream().limit(12)
                    .map(w -> w[0] + "→" + w[1]).collect(java.util.stream.Collectors.joining(", ")));
            System.out.printf("escalation alert lag (%d of %d): %s%n", escalated.size(), due, Stats.summary(escalation));
        } finally {
            try (Connection c = DriverManager.getConnection(jdbc, "postgres", ""); Statement st = c.createStatement()) {
                clean(st);
            }
        }
    }

    private static void clean(Statement st) throws Exception {
        st.execute("delete from deadline where label like '舆情BENCH-%' or label like '转办单BENCH-%'");
        st.execute("delete from escalation where incident_id in (select id from incident where number like 'BENCH-%')");
        st.execute("delete from response_window where incident_id in (select id from incident where number like 'BENCH-%')");
        st.execute("delete from handoff_order where number like 'BENCH-%'");
        st.execute("delete from incident where number like 'BENCH-%'");
    }

    /**
     * %1$d incidents; the first %2$d established so that their facts window (1 h) ends %3$d ms apart over the next
     * minute; the others established now (windows ending in 1, 5 and 24 hours). Each has an order whose feedback is
     * due in two days.
     */
    private static final String[] SEED = {
            """
            create temporary table bench_incident as
            select g, gen_random_uuid() as id,
                   case when g <= %2$d then now() + interval '5 seconds' - interval '1 hour' + make_interval(secs => g * %3$d / 1000.0) else now() end as est
            from generate_series(1, %1$d) g""",
            """
            insert into incident (id, number, unit, title, origin, state, established_at, level, kind, major_impact, assessed,
                places, departments, responsible_government, co_responders, escalation_chain, escalation_step,
                created_at, created_by, updated_at)
            select id, 'BENCH-' || g, 'nanning/qingxiu', '压测舆情 ' || g, 'MANUAL', 'OPEN', est, 'MAJOR', 'EMERGENCY', true, true,
                array['nanning/qingxiu'], array['应急管理局'], 'nanning/qingxiu', '{}',
                array['RESPONSIBLE_UNIT', 'DISCLOSURE_OFFICE', 'GOVERNMENT_ABOVE'], 0, now(), 'bench', now()
            from bench_incident""",
            """
            insert into response_window (id, incident_id, kind, due_at, state, breached, opened_at)
            select gen_random_uuid(), b.id, k.kind, b.est + k.len, 'OPEN', false, now()
            from bench_incident b,
                 (values ('FACTS', interval '1 hour'), ('AUTHORITATIVE_INFORMATION', interval '5 hours'),
                         ('PRESS_CONFERENCE', interval '24 hours')) k(kind, len)""",
            """
            insert into deadline (id, aggregate_type, aggregate_id, kind, ref, label, unit, due_at, warn_at, warnings,
                provisional, state, stage, next_fire_at, token, created_at, updated_at, version, warnings_fired)
            select gen_random_uuid(), 'incident', w.incident_id::text, lower(replace(w.kind, '_', '-')), '',
                   '舆情BENCH-' || b.g || ' ' || w.kind, 'nanning/qingxiu', w.due_at, null, null, false, 'ACTIVE',
                   case when w.due_at - b.est < interval '2 hours' then 'WARNED' else 'PENDING' end,
                   case when w.due_at - b.est < interval '2 hours' then w.due_at
                        else b.est + (w.due_at - b.est) * 0.5 end,
                   0, now(), now(), 0, case when w.due_at - b.est < interval '2 hours' then 2 else 0 end
            from response_window w join bench_incident b on b.id = w.incident_id""",
            """
            insert into handoff_order (id, incident_id, direction, number, from_unit, to_unit, facts_to_check, feedback_due_at,
                state, issued_at, created_by)
            select gen_random_uuid(), id, 'OUT', 'BENCH-' || g, 'nanning/qingxiu', 'nanning/qingxiu/xinzhu', '压测', now() + interval '2 days',
                'ISSUED', now(), 'bench'
            from bench_incident""",
            """
            insert into deadline (id, aggregate_type, aggregate_id, kind, ref, label, unit, due_at, provisional, state, stage,
                next_fire_at, token, created_at, updated_at, version, warnings_fired)
            select gen_random_uuid(), 'handoff-order', o.id::text, 'feedback', '', '转办单BENCH-' || o.number || ' 反馈',
                   'nanning/qingxiu', o.feedback_due_at, false, 'ACTIVE', 'PENDING', o.feedback_due_at, 0, now(), now(), 0, 0
            from handoff_order o where o.number like 'BENCH-%%'""",
            "drop table bench_incident"
    };
}
