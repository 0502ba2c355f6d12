package org.govopen.request.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.govopen.commons.events.Topics;
import org.govopen.request.RequestTestSupport;
import org.govopen.testing.GovOpenTest;
import org.govopen.testing.RecordedEvent;
import org.govopen.testing.TopicRecorder;
import org.junit.jupiter.api.Test;

/** Every transition is an event on govopen.request.events, in order, keyed by the application, without personal data. */
@QuarkusTest
@GovOpenTest
class ApplicationEventsTest extends RequestTestSupport {

    @Test
    void aWholeLifeOfEvents() {
        try (TopicRecorder events = TopicRecorder.of(Topics.REQUEST_EVENTS)) {
            String id = registerInPerson("2026-09-30", ID_A);
            act("reviewer", id, "review", Map.of()).statusCode(200);
            act("reviewer", id, "handling", Map.of()).statusCode(200);
            today("2026-10-12");
            String c = act("handler", id, "consultations", Map.of("party", "THIRD_PARTY", "partyName", "张三丰"))
                    .statusCode(200).extract().path("consultations[0].id");
            act("handler", id, "consultations/" + c + "/answer", Map.of("response", "CONSENT")).statusCode(200);
            act("handler", id, "reply", Map.of("outcome", "GRANTED", "summary", "予以公开")).statusCode(200);
            act("clerk", id, "delivery", Map.of("method", "PICK_UP")).statusCode(200);
            act("clerk", id, "archive", null).statusCode(200);

            List<RecordedEvent> life = events.awaitCount(e -> id.equals(e.subject()), 8, Duration.ofSeconds(30));
            assertEquals(List.of("registered", "review-started", "handling-started", "consultation-started",
                    "consultation-answered", "replied", "delivered", "archived"),
                    life.stream().map(e -> e.type().substring("govopen.request.application.".length())).toList());
            for (RecordedEvent e : life) {
                assertEquals(id, e.key());
                assertEquals("/govopen/request", e.source());
                assertEquals("urn:govopen:schema:govopen.request.application:v1", e.headers().get("ce_dataschema"));
                assertFalse(e.data().contains("李四") || e.data().contains(ID_A) || e.data().contains("13812345678")
                        || e.data().contains("民族大道") || e.data().contains("张三丰"), e.data());
            }
            JsonPath replied = JsonPath.from(life.get(5).data());
            assertEquals("REPLIED", replied.getString("state"));
            assertEquals("IN_HANDLING", replied.getString("fromState"));
            assertEquals("GRANTED", replied.getString("outcome"));
        }
    }
}
