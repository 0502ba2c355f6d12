package org.govopen.request.messaging;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import org.govopen.commons.events.Topics;
import org.govopen.request.RequestTestSupport;
import org.govopen.testing.GovOpenTest;
import org.govopen.testing.TopicPublisher;
import org.junit.jupiter.api.Test;

/**
 * Rules.md §1 "every service must pick it up": a year loaded in catalog-service reaches request-service over
 * govopen.reference.calendar (here the event is put on the topic exactly as catalog-service writes it) and a
 * due date request-service computes moves.
 */
@QuarkusTest
@GovOpenTest
class CalendarFromCatalogTest extends RequestTestSupport {

    @Test
    void aDueDateComputedHereChangesAfterCatalogLoadsTheYear() {
        // received on Thu 31 Dec 2026: the 20 working days reach into 2027, whose notice is not loaded yet
        String id = registerInPerson("2026-12-31", ID_A);
        view(id).body("due.dueDate", equalTo("2027-01-28")).body("due.provisional", equalTo(true));
        given().queryParam("from", "2027-02-05").queryParam("workingDays", 1).get("/api/v1/calendar/due-date")
                .then().body("dueDate", equalTo("2027-02-08")).body("provisional", equalTo(true));

        TopicPublisher.publish(Topics.REFERENCE_CALENDAR, "2027", "govopen.reference.calendar.year-loaded",
                "/govopen/catalog", """
                        {"year":2027,"source":"国务院办公厅关于2027年部分节假日安排的通知","holidays":[
                          {"name":"元旦","offDays":{"from":"2027-01-01","to":"2027-01-03"},"makeUpWorkdays":[]},
                          {"name":"春节","offDays":{"from":"2027-02-06","to":"2027-02-12"},"makeUpWorkdays":["2027-02-14"]}]}""");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().queryParam("from", "2027-02-05").queryParam("workingDays", 1).get("/api/v1/calendar/due-date")
                        .then().body("dueDate", equalTo("2027-02-14")).body("provisional", equalTo(false)));
        // the open case's reply deadline is recomputed: New Year's Day no longer counts
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                view(id).body("due.dueDate", equalTo("2027-01-29")).body("due.provisional", equalTo(false)));
        // and so is the staff list's copy of it, written in the recalculation's transaction
        given().header("Authorization", token("handler")).queryParam("size", 500).get("/api/v1/applications").then()
                .statusCode(200).body("items.find { it.id == '" + id + "' }.dueDate", equalTo("2027-01-29"));
    }
}
