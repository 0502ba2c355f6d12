package org.govopen.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;

/**
 * 12345 ticket intake from {@code govopen.inbound.hotline}: {@code COUNT} tickets published as fast as the producer
 * goes (one in twenty a second delivery of an earlier ticket number, as a hotline that retries sends them), over
 * 40 matters so that clusters form. Measures how long interaction-service takes to take them all in — the ticket's
 * number lock, the message, its reply deadline, its transition and event, the cluster count, the processed-event log
 * — and prints the sustained rate. Target (issue 10): at least 2,000 tickets/s.
 * <pre>java -cp … org.govopen.benchmarks.HotlineIntakeBench JDBC_URL KAFKA_BOOTSTRAP [COUNT]</pre>
 */
public final class HotlineIntakeBench {

    private static final String CONSUMER = "interaction.inbound-hotline";
    private static final String[] MATTERS = {"垃圾清运", "停水", "噪声扰民", "道路积水", "违建", "物业收费", "电梯故障", "路灯不亮"};

    public static void main(String[] args) throws Exception {
        String jdbc = args[0];
        String kafka = args[1];
        int count = args.length > 2 ? Integer.parseInt(args[2]) : 120_000;
        String run = UUID.randomUUID().toString().substring(0, 8);
        try (Connection c = DriverManager.getConnection(jdbc, "postgres", ""); Statement st = c.createStatement()) {
            long before = InboundTopic.processed(st, CONSUMER);
            long messagesBefore = messages(st);
            String transferred = OffsetDateTime.now(ZoneOffset.ofHours(8)).minusMinutes(5).toString();
            long start = System.nanoTime();
            int distinct = 0;
            try (KafkaProducer<String, String> producer = InboundTopic.producer(kafka)) {
                for (int i = 0; i < count; i++) {
                    boolean repeat = i > 100 && i % 20 == 0;
                    int n = repeat ? i - 97 : i;
                    distinct += repeat ? 0 : 1;
                    String number = "B" + run + "-" + n;
                    String matter = MATTERS[n % MATTERS.length] + (n % 5);
                    String data = "{\"ticketNumber\":\"" + number + "\",\"transferredAt\":\"" + transferred + "\","
                            + "\"category\":\"COMPLAINT\",\"subject\":\"压测 " + matter + "\",\"text\":\"市民来电反映" + matter
                            + "问题，联系电话13812345678\",\"unit\":\"nanning/qingxiu\",\"suggestion\":\"建议派青秀区住建局\","
                            + "\"caller\":{\"name\":\"压测来电人\",\"phone\":\"13812345678\"}}";
                    producer.send(InboundTopic.event("govopen.inbound.hotline", number, "govopen.inbound.hotline.ticket",
                            "/12345/bench", data));
                }
            }
            double publishS = (System.nanoTime() - start) / 1e9;
            System.out.printf("published %d tickets (%d distinct numbers) in %.1f s%n", count, distinct, publishS);
            long done = InboundTopic.awaitProcessed(st, CONSUMER, before, count);
            double s = (System.nanoTime() - start) / 1e9;
            long stored = messages(st) - messagesBefore;
            System.out.printf("hotline intake from the topic: %d of %d events taken in, %d tickets stored (%d distinct numbers), "
                    + "%.1f s from the first publish: %.0f tickets/s%n", done, count, stored, distinct, s, done / s);
            st.execute("delete from message_transition where message_id in (select id from message where hotline_ticket like 'B"
                    + run + "-%')");
            st.execute("delete from deadline where aggregate_type = 'message' and aggregate_id in (select id::text from message "
                    + "where hotline_ticket like 'B" + run + "-%')");
            st.execute("delete from message where hotline_ticket like 'B" + run + "-%'");
            st.execute("delete from message_cluster where title like '压测%'");
        }
    }

    private static long messages(Statement st) throws Exception {
        try (ResultSet r = st.executeQuery("select count(*) from message")) {
            r.next();
            return r.getLong(1);
        }
    }
}
