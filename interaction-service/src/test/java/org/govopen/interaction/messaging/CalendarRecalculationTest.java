package org.govopen.interaction.messaging;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import org.govopen.commons.events.Topics;
import org.govopen.interaction.InteractionTestSupport;
import org.govopen.testing.GovOpenTest;
import org.govopen.testing.TopicPublisher;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue 10 §5 and rules.md §1: a calendar year loaded at run time (catalog-service publishes it on
 * govopen.reference.calendar) recomputes the due dates of open messages — on the staff list, the message and the
 * writer's page alike (the failure of zammad #534: escalation not recomputed after a calendar change).
 */
@QuarkusTest
@GovOpenTest
class CalendarRecalculationTest extends InteractionTestSupport {

    @Test
    @DisplayName("rules.md §1: a message of 31 Dec 2026 is due 2027-01-07 provisionally; once 2027 is loaded (元旦 1–3 Jan off), 2027-01-08")
    void aYearLoadedAtRunTimeMovesOpenDueDates() {
        at("2026-12-31T10:00:00+08:00");
        var receipt = write("元旦前后小区供暖不足");
        org.junit.jupiter.api.Assertions.assertEquals("2027-01-07", receipt.getString("replyDue.dueDate"));
        org.hamcrest.MatcherAssert.assertThat(receipt.getString("replyDue.explanation"),
                org.hamcrest.Matchers.containsString("暂定"));
        String id = receipt.getString("id");
        dispatch(id, false, BUREAU).statusCode(200);

        TopicPublisher.publish(Topics.REFERENCE_CALENDAR, "2027", "govopen.reference.calendar.year-loaded",
                "/govopen/catalog", """
                        {"year":2027,"source":"国务院办公厅关于2027年部分节假日安排的通知","holidays":[
                          {"name":"元旦","offDays":{"from":"2027-01-01","to":"2027-01-03"},"makeUpWorkdays":[]},
                          {"name":"春节","offDays":{"from":"2027-02-06","to":"2027-02-12"},"makeUpWorkdays":["2027-02-14"]}]}""");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                get("clerk", DESK, "/api/v1/messages/" + id).statusCode(200).body("replyDueDate", equalTo("2027-01-08"))
                        .body("replyDueAt", equalTo("2027-01-09T00:00:00+08:00")));
        get("clerk", DESK, "/api/v1/messages").statusCode(200)
                .body("items.find { it.id == '" + id + "' }.replyDueDate", equalTo("2027-01-08"));
        given().header("X-Tracking-Secret", receipt.getString("trackingSecret"))
                .get("/api/v1/tracking/" + receipt.getString("trackingCode")).then().body("replyDueDate", equalTo("2027-01-08"));
    }
}
