package org.govopen.commons.calendar;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import org.govopen.commons.deadline.Deadline;
import org.govopen.commons.deadline.DeadlineKey;
import org.govopen.commons.deadline.Deadlines;
import org.govopen.commons.events.Topics;
import org.govopen.testing.GovOpenTest;
import org.govopen.testing.RecordedEvent;
import org.govopen.testing.TopicPublisher;
import org.govopen.testing.TopicRecorder;
import org.junit.jupiter.api.Test;

/**
 * Rules.md §1: a new year's notice is loadable at run time and every service picks it up — here, a notice put
 * on govopen.reference.calendar (as catalog-service publishes it) reaches this service over the real broker,
 * changes its due dates and recomputes its open provisional deadlines.
 */
@QuarkusTest
@GovOpenTest
class CalendarTopicTest {

    static final String NOTICE_2027 = """
            {"year":2027,"source":"国务院办公厅关于2027年部分节假日安排的通知（测试）","holidays":[
              {"name":"元旦","offDays":{"from":"2027-01-01","to":"2027-01-03"},"makeUpWorkdays":[]},
              {"name":"春节","offDays":{"from":"2027-02-06","to":"2027-02-12"},"makeUpWorkdays":["2027-02-14"]}]}""";

    @Inject
    Deadlines deadlines;

    @Test
    void aYearLoadedOnTheTopicChangesDueDatesAndProvisionalDeadlines() {
        DeadlineKey key = DeadlineKey.of("test-case", "calendar-1", "reply");
        QuarkusTransaction.requiringNew().run(() ->
                deadlines.openWorkingDays(key, "测试 答复期限", "nanning", LocalDate.parse("2026-12-24"), 6));
        Deadline before = QuarkusTransaction.requiringNew().call(() -> deadlines.find(key).orElseThrow());
        assertEquals(LocalDate.parse("2027-01-01"), before.dueDate);
        assertTrue(before.provisional);

        TopicPublisher.publish(Topics.REFERENCE_CALENDAR, "2027", "govopen.reference.calendar.year-loaded",
                "/govopen/catalog", NOTICE_2027);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/api/v1/calendar/years").then().body("", hasItem(2027)));
        given().queryParam("from", "2026-12-24").queryParam("workingDays", 6)
                .get("/api/v1/calendar/due-date").then().statusCode(200)
                .body("dueDate", equalTo("2027-01-04"))
                .body("provisional", equalTo(false));
        given().get("/api/v1/calendar/days/2027-02-14").then().body("makeUpWorkday", equalTo(true));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            Deadline after = QuarkusTransaction.requiringNew().call(() -> deadlines.find(key).orElseThrow());
            assertEquals(LocalDate.parse("2027-01-04"), after.dueDate);
            assertFalse(after.provisional);
        });
    }

    @Test
    void anInconsistentNoticeGoesToTheDeadLetterTopicAndChangesNothing() {
        String bad = """
                {"year":2028,"holidays":[{"name":"春节","offDays":{"from":"2028-01-25","to":"2028-01-31"},
                "makeUpWorkdays":["2028-01-24"]}]}""";
        String id = TopicPublisher.publish(Topics.REFERENCE_CALENDAR, "2028", "govopen.reference.calendar.year-loaded",
                "/govopen/catalog", bad);
        try (TopicRecorder dlq = TopicRecorder.of(Topics.deadLetter("kernel-test"))) {
            RecordedEvent dead = dlq.await(e -> id.equals(e.id()), Duration.ofSeconds(30));
            assertTrue(dead.headers().containsKey("dead-letter-reason"), dead.headers().toString());
        }
        given().get("/api/v1/calendar/years").then().body("", not(hasItem(2028)));
    }
}
