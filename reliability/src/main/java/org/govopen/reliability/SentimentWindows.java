package org.govopen.reliability;

import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * (g) Opinion windows across a {@code kill -9} of sentiment-service mid-window: {@code INCIDENTS} (40) 重大
 * incidents established so that their 1-hour facts window ends 15–45 s from now (both warning points behind them),
 * sentiment-service killed {@code KILL_AFTER_SECONDS} (25) in — with some windows ended, some not — and restarted by
 * {@code deploy/local/up}. Every incident must raise on govopen.alerts exactly one facts warning-2, one facts breach
 * and one escalation: none missing, none raised twice under two ids (a redelivery of one id is counted apart: the
 * outbox delivers at least once, consumers drop a repeat by id).
 * <pre>java … SentimentWindows ROOT</pre>
 */
public final class SentimentWindows extends Experiment {

    private static final Pattern STAGE = Pattern.compile("\"stage\":\"([^\"]+)\"");
    private static final Pattern KIND = Pattern.compile("\"deadlineKind\":\"([^\"]+)\"");
    private static final Pattern ALERT_ID = Pattern.compile("\"alertId\":\"([^\"]+)\"");

    SentimentWindows(Path root) {
        super(root);
    }

    public static void main(String[] args) throws Exception {
        System.exit(new SentimentWindows(Path.of(args[0])).run() ? 0 : 1);
    }

    boolean run() throws Exception {
        Stack stack = new Stack(root, "sentiment-windows");
        requireStack(stack, false);
        int n = (int) env("INCIDENTS", 40);
        long killAfter = env("KILL_AFTER_SECONDS", 25);
        String token = System.getenv("STAFF_TOKEN").trim();
        Map<TopicPartition, Long> from = ends();
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.ofHours(8));
        Set<String> incidents = new HashSet<>();
        OffsetDateTime lastDue = start;
        for (int i = 0; i < n; i++) {
            OffsetDateTime due = start.plusSeconds(15).plusNanos((long) (30e9 * i / n));
            lastDue = due;
            String body = "{\"unit\":\"nanning/qingxiu\",\"title\":\"可靠性试验 窗口 " + i + "\",\"level\":\"MAJOR\","
                    + "\"establishedAt\":\"" + due.minusHours(1) + "\"}";
            Http.Answer a = Http.send(Http.postJson(Stack.url("sentiment") + "/api/v1/incidents", token, body));
            if (a.status() != 201) {
                stack.log("establishing incident " + i + " answered " + a.status() + ": " + a.body());
                System.out.println("sentiment-windows: could not establish the incidents (" + a.status() + ")");
                return false;
            }
            Matcher id = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"").matcher(a.body());
            if (id.find()) {
                incidents.add(id.group(1));
            }
        }
        stack.log(n + " incidents established; facts windows end " + start.plusSeconds(15) + " … " + lastDue);
        sleepSeconds(Math.max(0, killAfter - Duration.between(start, OffsetDateTime.now(ZoneOffset.ofHours(8))).toMillis() / 1000.0));
        long pid = stack.pid("sentiment");
        stack.signal(pid, "9");
        for (int i = 0; i < 50 && Stack.alive(pid); i++) {
            Thread.sleep(100);
        }
        stack.log("sentiment-service (pid " + pid + ") killed at " + OffsetDateTime.now(ZoneOffset.ofHours(8)));
        boolean upOk = stack.up();
        stack.log("deploy/local/up " + (upOk ? "done" : "FAILED") + " at " + OffsetDateTime.now(ZoneOffset.ofHours(8)));
        long wait = Duration.between(OffsetDateTime.now(ZoneOffset.ofHours(8)), lastDue).toSeconds() + 20;
        sleepSeconds(Math.max(20, wait));

        Map<String, Map<String, Set<String>>> ids = new HashMap<>(); // incident -> stage -> alert ids
        Map<String, Integer> deliveries = new HashMap<>();
        for (ConsumerRecord<String, String> r : read(from)) {
            if (!incidents.contains(r.key())) {
                continue;
            }
            String v = r.value();
            String stage;
            if (v.contains("\"escalatedTo\"")) {
                stage = "escalation";
            } else {
                Matcher k = KIND.matcher(v);
                Matcher s = STAGE.matcher(v);
                if (!k.find() || !s.find()) {
                    continue;
                }
                stage = k.group(1) + ":" + s.group(1);
            }
            Matcher id = ALERT_ID.matcher(v);
            String alertId = id.find() ? id.group(1) : "?";
            ids.computeIfAbsent(r.key(), x -> new TreeMap<>()).computeIfAbsent(stage, x -> new HashSet<>()).add(alertId);
            deliveries.merge(alertId, 1, Integer::sum);
        }
        List<String> expected = List.of("facts:warning-2", "facts:breach", "escalation");
        int missing = 0;
        int twice = 0;
        int unexpected = 0;
        List<String> findings = new ArrayList<>();
        for (String incident : incidents) {
            Map<String, Set<String>> got = ids.getOrDefault(incident, Map.of());
            for (String e : expected) {
                int k = got.getOrDefault(e, Set.of()).size();
                if (k == 0) {
                    missing++;
                    findings.add(incident + " " + e + " missing");
                } else if (k > 1) {
                    twice++;
                    findings.add(incident + " " + e + " raised under " + k + " ids");
                }
            }
            for (String stage : got.keySet()) {
                if (!expected.contains(stage)) {
                    unexpected++;
                    findings.add(incident + " unexpected " + stage);
                }
            }
        }
        long redelivered = deliveries.values().stream().filter(c -> c > 1).count();
        findings.stream().limit(20).forEach(f -> System.out.println("  " + f));
        boolean clean = upOk && missing == 0 && twice == 0 && unexpected == 0;
        System.out.printf("sentiment-windows: %d incidents, sentiment-service killed %d s in and restarted (%s); alerts expected %d, "
                        + "missing %d, raised twice %d, unexpected %d; %d alert ids delivered more than once (same id)%s%n",
                n, killAfter, upOk ? "up" : "UP FAILED", n * expected.size(), missing, twice, unexpected, redelivered,
                clean ? "" : " — FINDING");
        return clean;
    }

    private static KafkaConsumer<String, String> consumer() {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, Stack.KAFKA);
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        return new KafkaConsumer<>(p);
    }

    private static Map<TopicPartition, Long> ends() {
        try (KafkaConsumer<String, String> c = consumer()) {
            List<TopicPartition> parts = c.partitionsFor("govopen.alerts").stream()
                    .map(i -> new TopicPartition(i.topic(), i.partition())).toList();
            return c.endOffsets(parts, Duration.ofSeconds(30));
        }
    }

    private static List<ConsumerRecord<String, String>> read(Map<TopicPartition, Long> from) {
        List<ConsumerRecord<String, String>> out = new ArrayList<>();
        try (KafkaConsumer<String, String> c = consumer()) {
            c.assign(from.keySet());
            from.forEach(c::seek);
            Map<TopicPartition, Long> end = c.endOffsets(from.keySet(), Duration.ofSeconds(30));
            long deadline = System.currentTimeMillis() + 60_000;
            while (System.currentTimeMillis() < deadline
                    && end.entrySet().stream().anyMatch(e -> c.position(e.getKey()) < e.getValue())) {
                c.poll(Duration.ofMillis(500)).forEach(out::add);
            }
        }
        return out;
    }

}
