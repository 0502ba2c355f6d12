package org.govopen.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;

/**
 * Signal intake from {@code govopen.inbound.signals}: {@code COUNT} signals published as fast as the producer goes
 * (a third of them repeats of earlier ones, by URL), with three early-warning rules of the unit switched on
 * (keywords, reach, a rise within 60 minutes) that about one signal in a hundred matches, as a real desk's would. Measures how long sentiment-service takes to take them all in — dedup,
 * masking, the rules, the processed-event log — and prints the sustained rate.
 * <pre>java -cp … org.govopen.benchmarks.SignalIntakeBench JDBC_URL KAFKA_BOOTSTRAP [COUNT]</pre>
 */
public final class SignalIntakeBench {

    private static final String CONSUMER = "sentiment.inbound-signals";
    private static final String[] WORDS = {"垃圾清运", "停水", "噪声扰民", "道路积水", "违建", "物业收费", "电梯故障", "校园安全"};

    public static void main(String[] args) throws Exception {
        String jdbc = args[0];
        String kafka = args[1];
        int count = args.length > 2 ? Integer.parseInt(args[2]) : 60_000;
        String run = UUID.randomUUID().toString().substring(0, 8);
        try (Connection c = DriverManager.getConnection(jdbc, "postgres", ""); Statement st = c.createStatement()) {
            st.execute("delete from warning_rule where created_by = 'bench'");
            st.execute("""
                    insert into warning_rule (id, unit, name, keywords, reach_at_least, rise_at_least, rise_within_s, kinds,
                        enabled, created_at, created_by)
                    values (gen_random_uuid(), 'nanning', '压测 关键词', array['燃气泄漏', '电梯困人'], null, null, null, '{}', true, now(), 'bench'),
                           (gen_random_uuid(), 'nanning/qingxiu', '压测 传播量', '{}', 50000, null, null, '{}', true, now(), 'bench'),
                           (gen_random_uuid(), 'nanning/qingxiu', '压测 增长', '{}', null, 20000, 3600, '{}', true, now(), 'bench')""");
            long before = InboundTopic.processed(st, CONSUMER);
            long start = System.nanoTime();
            try (KafkaProducer<String, String> producer = InboundTopic.producer(kafka)) {
                int distinct = count * 2 / 3;
                for (int i = 0; i < count; i++) {
                    int n = i < distinct ? i : (i * 7919) % distinct; // the last third repeats earlier ones
                    String word = n % 100 == 0 ? "燃气泄漏" : WORDS[n % WORDS.length]; // 1 in 100 has the rule's keyword
                    String data = "{\"unit\":\"nanning/qingxiu\",\"source\":\"压测\",\"url\":\"https://bench.example/" + run + "/" + n
                            + "\",\"title\":\"" + word + "问题 " + n + "\",\"text\":\"网民反映" + word + "，联系电话13812345678\","
                            + "\"reads\":\"" + (i < distinct ? 100 + n % 1000 : 600 + n % 1000 + (n % 200 == 0 ? 30_000 : 0)) + "\",\"reposts\":\"3\","
                            + "\"place\":\"nanning/qingxiu/xinzhu\"}";
                    producer.send(InboundTopic.event("govopen.inbound.signals", "bench-" + n, "govopen.inbound.signal",
                            "/monitoring/bench", data));
                }
            }
            double publishS = (System.nanoTime() - start) / 1e9;
            System.out.printf("published %d signals (%d distinct) in %.1f s%n", count, count * 2 / 3, publishS);
            long done = InboundTopic.awaitProcessed(st, CONSUMER, before, count);
            double s = (System.nanoTime() - start) / 1e9;
            ResultSet warnings = st.executeQuery("select count(*) from early_warning e join warning_rule r on r.id = e.rule_id where r.created_by = 'bench'");
            warnings.next();
            long raised = warnings.getLong(1);
            System.out.printf("signal intake from the topic: %d of %d taken in, %.1f s from the first publish: %.0f signals/s "
                    + "(dedup, masking, 3 warning rules on; %d warnings raised)%n", done, count, s, done / s, raised);
            // every warning on the benchmark's signals, the demo's rules' included (they see the same unit)
            st.execute("delete from early_warning where rule_id in (select id from warning_rule where created_by = 'bench')"
                    + " or signal_id in (select id from signal where source = '压测')");
            st.execute("delete from warning_rule where created_by = 'bench'");
            st.execute("delete from signal_reach where signal_id in (select id from signal where source = '压测')");
            st.execute("delete from signal where source = '压测'");
        }
    }
}
