package org.govopen.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.TopicPartition;

/**
 * (k) Reminders (再次提醒) of unacknowledged breaches across two replicas of the operator console and a {@code kill -9}
 * of the second: {@code BREACHES} (200) breaches on govopen.alerts, the stack started with a short reminder interval
 * ({@code GOVOPEN_CONSOLE_REMINDER_INTERVAL}, e.g. 4s, and {@code GOVOPEN_CONSOLE_REMINDER_MAX_COUNT}, e.g. 3, in the
 * environment of {@code deploy/local/up --replicas 2}); console-2 killed {@code KILL_AFTER_SECONDS} (6) in and
 * restarted. Every group must be reminded exactly max-count times, numbers 1 … max-count once each, never two reminders
 * of one group closer than the interval (alerta #957, oncall #4760: none missing, none twice).
 * <pre>java … ConsoleReminders ROOT</pre>
 */
public final class ConsoleReminders extends Experiment {

    ConsoleReminders(Path root) {
        super(root);
    }

    public static void main(String[] args) throws Exception {
        System.exit(new ConsoleReminders(Path.of(args[0])).run() ? 0 : 1);
    }

    boolean run() throws Exception {
        Stack stack = new Stack(root, "console-reminders");
        requireStack(stack, false);
        int replicas = stack.replicas();
        Duration interval = Duration.parse("PT" + System.getenv().getOrDefault("GOVOPEN_CONSOLE_REMINDER_INTERVAL", "").toUpperCase());
        int max = (int) env("GOVOPEN_CONSOLE_REMINDER_MAX_COUNT", 3);
        int breaches = (int) env("BREACHES", 200);
        long killAfter = env("KILL_AFTER_SECONDS", 6);
        Map<TopicPartition, Long> from = Events.ends("govopen.alerts");
        String run = "m" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> groups = new HashMap<>();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(8));
        try (KafkaProducer<String, String> producer = Events.producer()) {
            for (int i = 0; i < breaches; i++) {
                String aggregate = run + "-" + i;
                groups.put(UUID.nameUUIDFromBytes(("reliability|case|" + aggregate).getBytes(StandardCharsets.UTF_8)).toString(), aggregate);
                producer.send(ConsoleKill.alert(aggregate, i, "breach", now));
            }
        }
        sleepSeconds(killAfter);
        String victim = replicas > 1 ? "console-2" : "console";
        long pid = stack.pid(victim);
        stack.signal(pid, "9");
        stack.log(victim + " (pid " + pid + ") killed");
        boolean upOk = stack.up();
        sleepSeconds(interval.toSeconds() * (max + 1) + 20);

        ObjectMapper json = new ObjectMapper();
        Map<String, List<JsonNode>> byGroup = new HashMap<>();
        Set<String> ids = new HashSet<>();
        long sameId = 0;
        for (ConsumerRecord<String, byte[]> r : Events.records(from, Duration.ofSeconds(60))) {
            if (!"govopen.alert.reminder".equals(Events.header(r, "ce_type"))) {
                continue;
            }
            JsonNode d = json.readTree(Events.value(r));
            if (!groups.containsKey(d.path("groupId").asText())) {
                continue;
            }
            if (!ids.add(Events.header(r, "ce_id"))) {
                sameId++; // the outbox delivers at least once: the same event again, dropped by its consumers
                continue;
            }
            byGroup.computeIfAbsent(d.path("groupId").asText(), k -> new ArrayList<>()).add(d);
        }
        long missing = 0;
        long extra = 0;
        long tooClose = 0;
        Map<Integer, Integer> counts = new TreeMap<>();
        for (String g : groups.keySet()) {
            List<JsonNode> rs = byGroup.getOrDefault(g, List.of());
            counts.merge(rs.size(), 1, Integer::sum);
            Set<Integer> numbers = new HashSet<>();
            rs.forEach(d -> numbers.add(d.path("number").asInt()));
            for (int n = 1; n <= max; n++) {
                missing += numbers.contains(n) ? 0 : 1;
            }
            extra += Math.max(0, rs.size() - numbers.size()) + numbers.stream().filter(n -> n < 1 || n > max).count();
            List<OffsetDateTime> at = rs.stream().map(d -> OffsetDateTime.parse(d.path("remindedAt").asText(now.toString()))).sorted().toList();
            for (int i = 1; i < at.size(); i++) {
                if (Duration.between(at.get(i - 1), at.get(i)).compareTo(interval.minusMillis(500)) < 0) {
                    tooClose++;
                }
            }
        }
        boolean clean = upOk && missing == 0 && extra == 0 && tooClose == 0;
        System.out.printf("console-reminders (%d instance%s, %s killed %d s in; every %s up to %d): %d breaches, reminders per group %s; "
                        + "missing %d, twice %d, closer than the interval %d; %d reminder events delivered again under their id%s%n",
                replicas, replicas > 1 ? "s" : "", victim, killAfter, interval, max, breaches, counts, missing, extra, tooClose,
                sameId, clean ? "" : " — FINDING");
        return clean;
    }
}
