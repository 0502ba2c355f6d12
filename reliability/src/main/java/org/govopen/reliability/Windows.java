package org.govopen.reliability;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;

/**
 * Deadlines that fall due when an experiment wants them: 重大 opinion incidents whose 1-hour facts window ends at
 * given times (both warning points already behind them), and the alerts each must raise on govopen.alerts exactly
 * once — a facts warning-2, a facts breach, an escalation — counted by alert id (a redelivery of one id is counted
 * apart: the outbox delivers at least once, consumers drop a repeat by id).
 */
final class Windows {

    static final List<String> EXPECTED = List.of("facts:warning-2", "facts:breach", "escalation");
    private static final Pattern STAGE = Pattern.compile("\"stage\":\"([^\"]+)\"");
    private static final Pattern KIND = Pattern.compile("\"deadlineKind\":\"([^\"]+)\"");
    private static final Pattern ALERT_ID = Pattern.compile("\"alertId\":\"([^\"]+)\"");
    private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");

    /** The alerts of the incidents: expected, missing, raised under two ids, unexpected, ids delivered twice. */
    record Tally(int expected, int missing, int twice, int unexpected, long redelivered, List<String> findings) {
        boolean clean() {
            return missing == 0 && twice == 0 && unexpected == 0;
        }

        @Override
        public String toString() {
            return "alerts expected " + expected + ", missing " + missing + ", raised twice " + twice + ", unexpected "
                    + unexpected + "; " + redelivered + " alert ids delivered more than once (same id)";
        }
    }

    private Windows() {
    }

    /** Establishes one incident per due time (its facts window ends then); the incidents' ids, or null on a refusal. */
    static Set<String> establish(Stack stack, String token, List<OffsetDateTime> dues) throws Exception {
        Set<String> incidents = new HashSet<>();
        int i = 0;
        for (OffsetDateTime due : dues) {
            String body = "{\"unit\":\"nanning/qingxiu\",\"title\":\"可靠性试验 窗口 " + i++ + "\",\"level\":\"MAJOR\","
                    + "\"establishedAt\":\"" + due.minusHours(1) + "\"}";
            Http.Answer a = Http.send(Http.postJson(Stack.url("sentiment") + "/api/v1/incidents", token, body));
            if (a.status() != 201) {
                stack.log("establishing incident " + i + " answered " + a.status() + ": " + a.body());
                return null;
            }
            Matcher id = ID.matcher(a.body());
            if (id.find()) {
                incidents.add(id.group(1));
            }
        }
        return incidents;
    }

    /** Where govopen.alerts ends now: tally from there. */
    static Map<TopicPartition, Long> ends() {
        return Events.ends("govopen.alerts");
    }

    static Tally tally(Map<TopicPartition, Long> from, Set<String> incidents) {
        Map<String, Map<String, Set<String>>> ids = new HashMap<>(); // incident -> stage -> alert ids
        Map<String, Integer> deliveries = new HashMap<>();
        for (ConsumerRecord<String, byte[]> r : Events.records(from, Duration.ofSeconds(60))) {
            if (!incidents.contains(r.key())) {
                continue;
            }
            String v = Events.value(r);
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
        int missing = 0;
        int twice = 0;
        int unexpected = 0;
        List<String> findings = new ArrayList<>();
        for (String incident : incidents) {
            Map<String, Set<String>> got = ids.getOrDefault(incident, Map.of());
            for (String e : EXPECTED) {
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
                if (!EXPECTED.contains(stage)) {
                    unexpected++;
                    findings.add(incident + " unexpected " + stage);
                }
            }
        }
        long redelivered = deliveries.values().stream().filter(c -> c > 1).count();
        return new Tally(incidents.size() * EXPECTED.size(), missing, twice, unexpected, redelivered, findings);
    }
}
