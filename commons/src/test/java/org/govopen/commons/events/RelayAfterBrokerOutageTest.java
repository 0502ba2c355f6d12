package org.govopen.commons.events;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.govopen.testing.GovOpenTest;
import org.govopen.testing.GovOpenTestResource;
import org.govopen.testing.LocalKafkaBroker;
import org.govopen.testing.RecordedEvent;
import org.govopen.testing.TopicRecorder;
import org.junit.jupiter.api.Test;

/**
 * When the broker comes back, the relay does not sleep out its backoff: it looks at the broker's port while it
 * backs off and sends at once. And the backlog gauge counts the table while the relay waits. The backoff here is
 * set far longer (40 s, up to 2 min) than what the test waits for delivery, so only the early look can pass it.
 */
@QuarkusTest
@GovOpenTest(dedicatedBroker = true)
@TestProfile(RelayAfterBrokerOutageTest.LongBackoff.class)
class RelayAfterBrokerOutageTest {

    public static class LongBackoff implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("govopen.outbox.initial-backoff", "40s", "govopen.outbox.max-backoff", "120s",
                    "govopen.outbox.send-timeout", "3s");
        }
    }

    static double sendFailures() {
        String metrics = io.restassured.RestAssured.given().get("/q/metrics").then().statusCode(200).extract().asString();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^govopen_outbox_send_failures_total\\S* ([0-9.E]+)$")
                .matcher(metrics);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    @Test
    void eventsWrittenDuringTheOutageLeaveAsSoonAsTheBrokerIsBack_notAfterTheBackoff() {
        LocalKafkaBroker broker = GovOpenTestResource.dedicatedBroker();
        try (TopicRecorder topic = TopicRecorder.of(Topics.CATALOG_EVENTS)) {
            String first = OutboxResilienceTest.createNote("before");
            topic.await(e -> first.equals(e.subject()), Duration.ofSeconds(30));

            broker.stop();
            List<String> written = new ArrayList<>();
            written.add(OutboxResilienceTest.createNote("offline-first")); // its send fails: the relay backs off 40 s
            await().atMost(Duration.ofSeconds(30)).until(() -> sendFailures() >= 1); // the relay now backs off
            for (int i = 0; i < 3; i++) {
                written.add(OutboxResilienceTest.createNote("offline-" + i)); // written while the relay backs off
            }
            // the gauge follows the table although the relay is asleep
            await().atMost(Duration.ofSeconds(5)).until(() -> OutboxResilienceTest.backlogMetric() >= 4);

            broker.restart();
            List<RecordedEvent> arrived = topic.awaitCount(e -> written.contains(e.subject()), written.size(),
                    Duration.ofSeconds(20));
            Set<String> subjects = new HashSet<>();
            arrived.forEach(e -> subjects.add(e.subject()));
            assertEquals(Set.copyOf(written), subjects);
            await().atMost(Duration.ofSeconds(5)).until(() -> OutboxResilienceTest.backlogMetric() == 0);
        }
    }
}
