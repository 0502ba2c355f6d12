package org.govopen.catalog.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import org.govopen.commons.events.Topics;
import org.govopen.testing.GovOpenTest;
import org.govopen.testing.RecordedEvent;
import org.govopen.testing.Tokens;
import org.govopen.testing.TopicRecorder;
import org.junit.jupiter.api.Test;

/** Rules.md §1: a new year's notice is loadable at run time (admin), published for every service. */
@QuarkusTest
@GovOpenTest
class CalendarYearResourceTest {

    static final String NOTICE_2027 = """
            {"year":2027,"source":"国务院办公厅关于2027年部分节假日安排的通知","holidays":[
              {"name":"元旦","offDays":{"from":"2027-01-01","to":"2027-01-03"},"makeUpWorkdays":[]},
              {"name":"春节","offDays":{"from":"2027-02-06","to":"2027-02-12"},"makeUpWorkdays":["2027-02-14","2027-02-20"]}]}""";

    static String admin() {
        return Tokens.bearer("admin", "nanning");
    }

    @Test
    void anAdminLoadsAYear_itAppliesHereAndIsPublishedForEveryService() {
        try (TopicRecorder calendarTopic = TopicRecorder.of(Topics.REFERENCE_CALENDAR)) {
            given().queryParam("from", "2026-12-24").queryParam("workingDays", 6).get("/api/v1/calendar/due-date")
                    .then().body("dueDate", equalTo("2027-01-01")).body("provisional", equalTo(true));

            given().header("Authorization", admin()).contentType("application/json").body(NOTICE_2027)
                    .put("/api/v1/calendar/years/2027")
                    .then().statusCode(200)
                    .body("year", equalTo(2027))
                    .body("loadedBy", equalTo("user-admin"))
                    .body("loadedAt", containsString("+08:00"));

            given().queryParam("from", "2026-12-24").queryParam("workingDays", 6).get("/api/v1/calendar/due-date")
                    .then().body("dueDate", equalTo("2027-01-04")).body("provisional", equalTo(false));
            given().get("/api/v1/calendar/years").then().body("", hasItem(2027));

            RecordedEvent published = calendarTopic.await(e -> "2027".equals(e.key()), Duration.ofSeconds(30));
            assertEquals("govopen.reference.calendar.year-loaded", published.type());
            assertEquals("/govopen/catalog", published.source());
            assertTrue(published.data().contains("\"2027-02-20\""), published.data());
        }
    }

    @Test
    void loadingAYearNeedsTheAdminRole() {
        given().contentType("application/json").body(NOTICE_2027).put("/api/v1/calendar/years/2027")
                .then().statusCode(401).contentType("application/problem+json");
        given().header("Authorization", Tokens.bearer("clerk", "nanning")).contentType("application/json")
                .body(NOTICE_2027).put("/api/v1/calendar/years/2027")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void aMakeUpDayOnAWeekdayIsRejectedNamingTheField() {
        String bad = NOTICE_2027.replace("\"2027-02-20\"", "\"2027-02-15\"");
        given().header("Authorization", admin()).contentType("application/json").body(bad)
                .put("/api/v1/calendar/years/2027")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("holidays[1].makeUpWorkdays[1]"))
                .body("violations[0].message", containsString("周一"));
    }

    @Test
    void aYearMismatchIsRejected() {
        given().header("Authorization", admin()).contentType("application/json").body(NOTICE_2027)
                .put("/api/v1/calendar/years/2028")
                .then().statusCode(400).body("violations[0].field", equalTo("year"));
        String outside = NOTICE_2027.replace("\"2027-02-06\"", "\"2026-02-06\"");
        given().header("Authorization", admin()).contentType("application/json").body(outside)
                .put("/api/v1/calendar/years/2027")
                .then().statusCode(400).body("violations.field", hasItems("holidays[1].offDays"));
    }

    @Test
    void overlappingRangesAreRejected() {
        String overlapping = NOTICE_2027.replace("\"from\":\"2027-02-06\"", "\"from\":\"2027-01-02\"");
        given().header("Authorization", admin()).contentType("application/json").body(overlapping)
                .put("/api/v1/calendar/years/2027")
                .then().statusCode(400).body("violations.field", hasItem("holidays[1].offDays"));
        given().get("/api/v1/calendar/years").then().body("", org.hamcrest.Matchers.not(hasItem(2027)));
    }

    @Test
    void aBadDateIsNamed() {
        given().header("Authorization", admin()).contentType("application/json")
                .body(NOTICE_2027.replace("2027-01-03", "2027-01-32")).put("/api/v1/calendar/years/2027")
                .then().statusCode(400).body("violations[0].field", equalTo("holidays[0].offDays.to"));
    }
}
