package org.govopen.commons.events;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govopen.testing.GovOpenTest;
import org.govopen.testing.GovOpenTestResource;
import org.govopen.testing.LocalKafkaBroker;
import org.govopen.testing.RecordedEvent;
import org.govopen.testing.TopicPublisher;
import org.govopen.testing.TopicRecorder;
import org.junit.jupiter.api.Test;

/**
 * Nothing acknowledged is ever lost: with the broker stopped, state changes are accepted and their events
 * wait in the outbox; once the broker is back every one arrives — and a consumer that receives an event twice
 * applies it once. Against a real broker of this class's own, which the test stops and restarts.
 */
@QuarkusTest
@GovOpenTest(dedicatedBroker = true)
class OutboxResilienceTest {

    static String createNote(String text) {
        return given().contentType("application/json").body("{\"text\":\"" + text + "\"}")
                .post("/test/notes").then().statusCode(200).extract().path("id");
    }

    static long applied(String id) {
        return given().get("/test/notes/" + id + "/applied").then().statusCode(200).extract().as(Long.class);
    }

    static double backlogMetric() {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher m = Pattern.compile("(?m)^govopen_outbox_backlog\\S* ([0-9.E]+)$").matcher(metrics);
        return m.find() ? Double.parseDouble(m.group(1)) : -1;
    }

    @Test
    void eventsWrittenWhileTheBrokerIsDownArriveOnceItIsBack_noneLost() {
        LocalKafkaBroker broker = GovOpenTestResource.dedicatedBroker();
        try (TopicRecorder topic = TopicRecorder.of(Topics.CATALOG_EVENTS)) {
            String first = createNote("before");
            topic.await(e -> first.equals(e.subject()), Duration.ofSeconds(30));

            broker.stop();
            List<String> written = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                written.add(createNote("offline-" + i)); // accepted: the request never waits for Kafka
            }
            await().atMost(Duration.ofSeconds(15)).until(() -> backlogMetric() >= 5);
            given().get("/q/health/live").then().statusCode(200).body(containsString("outbox-relay"));

            broker.restart();
            List<RecordedEvent> arrived = topic.awaitCount(e -> written.contains(e.subject()), 5, Duration.ofSeconds(60));
            Set<String> subjects = new HashSet<>();
            arrived.forEach(e -> subjects.add(e.subject()));
            assertEquals(Set.copyOf(written), subjects);
            RecordedEvent sample = arrived.get(0);
            assertEquals("govopen.test.note.created", sample.type());
            assertEquals("/govopen/kernel-test", sample.source());
            assertEquals("1.0", sample.headers().get("ce_specversion"));
            assertEquals(sample.subject(), sample.key());
            assertTrue(sample.data().contains("offline-"), sample.data());

            await().atMost(Duration.ofSeconds(30)).until(() -> written.stream().allMatch(id -> applied(id) == 1));
            await().atMost(Duration.ofSeconds(10)).until(() -> backlogMetric() == 0);
        }
    }

    @Test
    void aConsumerThatReceivesAnEventTwiceAppliesItOnce() {
        String note = createNote("twice");
        await().atMost(Duration.ofSeconds(30)).until(() -> applied(note) == 1);
        String data = "{\"text\":\"twice\"}";
        String id = TopicPublisher.publish(Topics.CATALOG_EVENTS, note, "redelivered-" + note,
                "govopen.test.note.created", "/govopen/kernel-test", data);
        TopicPublisher.publish(Topics.CATALOG_EVENTS, note, id, "govopen.test.note.created", "/govopen/kernel-test", data);
        String marker = createNote("marker");
        await().atMost(Duration.ofSeconds(30)).until(() -> applied(marker) == 1);
        await().atMost(Duration.ofSeconds(10)).until(() -> applied(note) == 2);
        // the original event and one copy of the redelivered id: the second copy was dropped
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> applied(note) == 2);
    }

    @Test
    void anIdleRelayPollsAtItsIntervalNotInABusyLoop() throws InterruptedException {
        double before = metric("govopen_outbox_relay_polls_total");
        Thread.sleep(3000);
        double polls = metric("govopen_outbox_relay_polls_total") - before;
        // 500 ms interval: about 6 polls in 3 s; a busy loop would make thousands
        org.junit.jupiter.api.Assertions.assertTrue(polls >= 2 && polls <= 12, "polls in 3 s: " + polls);
    }

    static double metric(String name) {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher m = Pattern.compile("(?m)^" + name + "\\S* ([0-9.E]+)$").matcher(metrics);
        return m.find() ? Double.parseDouble(m.group(1)) : -1;
    }

    @Test
    void aPoisonEventGoesToTheDeadLetterTopic() {
        String id = TopicPublisher.publish(Topics.CATALOG_EVENTS, "00000000-0000-0000-0000-000000000000",
                "govopen.test.note.created", "/govopen/kernel-test", "{\"text\":\"poison\"}");
        try (TopicRecorder dlq = TopicRecorder.of(Topics.deadLetter("kernel-test"))) {
            RecordedEvent dead = dlq.await(e -> id.equals(e.id()), Duration.ofSeconds(30));
            assertTrue(dead.headers().getOrDefault("dead-letter-reason", "").contains("test poison"), dead.headers().toString());
        }
    }
}
