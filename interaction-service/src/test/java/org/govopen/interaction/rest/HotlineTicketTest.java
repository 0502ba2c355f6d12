package org.govopen.interaction.rest;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.Map;
import org.govopen.commons.events.Topics;
import org.govopen.interaction.InteractionTestSupport;
import org.govopen.testing.GovOpenTest;
import org.govopen.testing.RecordedEvent;
import org.govopen.testing.TopicPublisher;
import org.govopen.testing.TopicRecorder;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The 12345 hotline (issue 10 §1, §3): tickets by REST and from {@code govopen.inbound.hotline}, one ticket per
 * number however often it comes; the reply goes back as an event; the call-back result reopens a case once.
 */
@QuarkusTest
@GovOpenTest
class HotlineTicketTest extends InteractionTestSupport {

    private static String ticketEvent(String number, String text) {
        return """
                {"ticketNumber":"%s","transferredAt":"2026-11-02T08:30:00+08:00","category":"COMPLAINT","text":"%s",
                 "unit":"nanning/qingxiu","suggestion":"建议派住建局","caller":{"name":"王五","phone":"13700002222"}}"""
                .formatted(number, text);
    }

    @Test
    @DisplayName("a ticket number sent twice by REST is one ticket: the second answers 200 with the same message")
    void theSameNumberTwiceByRestIsOneTicket() {
        var t = ticket("12345-1102-0001", "2026-11-02T08:30:00+08:00", "小区电梯故障一周未修");
        String id = transfer(t).statusCode(201).body("state", equalTo("RECEIVED")).extract().path("id");
        transfer(t).statusCode(200).header("X-Repeat", "true").body("id", equalTo(id)).body("trackingSecret", equalTo(null));
        get("clerk", DESK, "/api/v1/messages?channel=HOTLINE_12345").statusCode(200)
                .body("items.findAll { it.hotlineTicket == '12345-1102-0001' }.size()", equalTo(1));
    }

    @Test
    @DisplayName("a ticket Kafka delivers twice (two events, one number) and the same event redelivered are one ticket; unreadable ones go to the dead-letter topic")
    void theSameNumberTwiceFromTheTopicIsOneTicket() {
        try (TopicRecorder dlq = TopicRecorder.of("govopen.dlq.interaction")) {
            String eventId = TopicPublisher.publish(Topics.INBOUND_HOTLINE, "12345-1102-0002", "govopen.inbound.hotline.ticket",
                    "12345", ticketEvent("12345-1102-0002", "垃圾站臭味扰民"));
            TopicPublisher.publish(Topics.INBOUND_HOTLINE, "12345-1102-0002", eventId, "govopen.inbound.hotline.ticket", "12345",
                    ticketEvent("12345-1102-0002", "垃圾站臭味扰民"));
            TopicPublisher.publish(Topics.INBOUND_HOTLINE, "12345-1102-0002", "govopen.inbound.hotline.ticket", "12345",
                    ticketEvent("12345-1102-0002", "垃圾站臭味扰民"));
            TopicPublisher.publish(Topics.INBOUND_HOTLINE, "bad", "govopen.inbound.hotline.ticket", "12345",
                    "{\"ticketNumber\":\"12345 bad\",\"unit\":\"nanning/qingxiu\",\"category\":\"COMPLAINT\",\"text\":\"x\"}");
            RecordedEvent dead = dlq.await(e -> "bad".equals(e.key()), Duration.ofSeconds(30));
            assertEquals("govopen.inbound.hotline.ticket", dead.type());
            // the one ticket: counted from the transfer time the hotline gave
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                    get("hotline", "nanning", "/api/v1/hotline/tickets/12345-1102-0002").statusCode(200)
                            .body("text", equalTo("垃圾站臭味扰民")).body("replyDueDate", equalTo("2026-11-09"))
                            .body("contact.name", equalTo("王五")));
            get("clerk", DESK, "/api/v1/messages?channel=HOTLINE_12345").statusCode(200)
                    .body("items.findAll { it.hotlineTicket == '12345-1102-0002' }.size()", equalTo(1));
        }
    }

    @Test
    @DisplayName("a ticket the database refuses (a NUL character in the text) is parked on its own; the tickets around it are stored")
    void aTicketTheDatabaseRefusesIsParkedAlone() {
        try (TopicRecorder dlq = TopicRecorder.of("govopen.dlq.interaction")) {
            TopicPublisher.publish(Topics.INBOUND_HOTLINE, "12345-1102-0011", "govopen.inbound.hotline.ticket", "12345",
                    ticketEvent("12345-1102-0011", "井盖破损"));
            TopicPublisher.publish(Topics.INBOUND_HOTLINE, "12345-1102-0012", "govopen.inbound.hotline.ticket", "12345",
                    ticketEvent("12345-1102-0012", "噪音\\u0000扰民"));
            TopicPublisher.publish(Topics.INBOUND_HOTLINE, "12345-1102-0013", "govopen.inbound.hotline.ticket", "12345",
                    ticketEvent("12345-1102-0013", "路面积水"));
            RecordedEvent dead = dlq.await(e -> "12345-1102-0012".equals(e.key()), Duration.ofSeconds(30));
            assertEquals("govopen.inbound.hotline.ticket", dead.type());
        }
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            get("hotline", "nanning", "/api/v1/hotline/tickets/12345-1102-0011").statusCode(200).body("text", equalTo("井盖破损"));
            get("hotline", "nanning", "/api/v1/hotline/tickets/12345-1102-0013").statusCode(200).body("text", equalTo("路面积水"));
        });
        get("hotline", "nanning", "/api/v1/hotline/tickets/12345-1102-0012").statusCode(404);
    }

    @Test
    @DisplayName("the reply goes back to the hotline as an event; its call-back 不满意 reopens the ticket once (重办), a second does not")
    void replyToTheHotlineAndItsCallBack() {
        String id = transfer(ticket("12345-1102-0003", "2026-11-02T08:30:00+08:00", "公交站台破损，电话13900001111"))
                .statusCode(201).extract().path("id");
        dispatch(id, false, BUREAU).statusCode(200);
        try (TopicRecorder events = TopicRecorder.of(Topics.INTERACTION_EVENTS)) {
            at("2026-11-04T15:00:00+08:00");
            reply(id, "已安排维修，预计本周内修复。联系电话13912345678").statusCode(200).body("state", equalTo("REPLIED"))
                    .body("repliedOnTime", equalTo(true));
            RecordedEvent back = events.await(e -> "govopen.interaction.hotline.reply".equals(e.type())
                    && "12345-1102-0003".equals(e.key()), Duration.ofSeconds(20));
            JsonPath data = JsonPath.from(back.data());
            assertEquals("12345-1102-0003", back.key());
            assertEquals("12345-1102-0003", data.getString("ticketNumber"));
            assertEquals("青秀区住房和城乡建设局", data.getString("replyingUnitName"));
            assertEquals("已安排维修，预计本周内修复。联系电话139****5678", data.getString("reply"));
            assertNull(data.get("answeredWith"));
        }
        at("2026-11-05T10:00:00+08:00");
        post("hotline", "nanning", "/api/v1/hotline/tickets/12345-1102-0003/callback", Map.of("satisfaction", "DISSATISFIED",
                "comment", "没人来修")).statusCode(200).body("state", equalTo("DISPATCHED")).body("reopenCount", equalTo(1))
                .body("replyDueDate", equalTo("2026-11-12")) // a new period of 5 working days from the reopening
                .body("history.action", hasItem("REOPEN"));
        at("2026-11-06T10:00:00+08:00");
        reply(id, "已于今日修复。").statusCode(200);
        post("hotline", "nanning", "/api/v1/hotline/tickets/12345-1102-0003/callback", Map.of("satisfaction", "VERY_DISSATISFIED"))
                .statusCode(200).body("state", equalTo("CLOSED")).body("reopenCount", equalTo(1))
                .body("satisfaction", equalTo("VERY_DISSATISFIED"));
    }

    @Test
    @DisplayName("the hotline's call-back result from its topic rates the ticket (满意 closes it); one for an unknown ticket goes to the dead-letter topic")
    void callBacksFromTheTopic() {
        String id = transfer(ticket("12345-1102-0005", "2026-11-02T08:30:00+08:00", "人行道砖块松动")).statusCode(201)
                .extract().path("id");
        dispatch(id, false, BUREAU).statusCode(200);
        reply(id, "已修复。").statusCode(200);
        try (TopicRecorder dlq = TopicRecorder.of("govopen.dlq.interaction")) {
            TopicPublisher.publish(Topics.INBOUND_HOTLINE, "12345-1102-0005", "govopen.inbound.hotline.callback", "12345",
                    "{\"ticketNumber\":\"12345-1102-0005\",\"satisfaction\":\"SATISFIED\",\"comment\":\"已回访\"}");
            TopicPublisher.publish(Topics.INBOUND_HOTLINE, "12345-NOPE", "govopen.inbound.hotline.callback", "12345",
                    "{\"ticketNumber\":\"12345-NOPE\",\"satisfaction\":\"SATISFIED\"}");
            RecordedEvent dead = dlq.await(e -> "12345-NOPE".equals(e.key()), Duration.ofSeconds(30));
            assertEquals("govopen.inbound.hotline.callback", dead.type());
            org.hamcrest.MatcherAssert.assertThat(dead.headers().get("dead-letter-reason"),
                    org.hamcrest.Matchers.containsString("12345-NOPE"));
        }
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                get("hotline", "nanning", "/api/v1/hotline/tickets/12345-1102-0005").statusCode(200)
                        .body("state", equalTo("CLOSED")).body("satisfaction", equalTo("SATISFIED")));
    }

    @Test
    @DisplayName("only the hotline's credential transfers tickets, for the units it covers; a citizen's call is 401")
    void onlyTheHotlineTransfers() {
        var t = ticket("12345-1102-0004", "2026-11-02T08:30:00+08:00", "噪音");
        io.restassured.RestAssured.given().contentType("application/json").body(t).post("/api/v1/hotline/tickets").then()
                .statusCode(401);
        post("clerk", DESK, "/api/v1/hotline/tickets", t).statusCode(403);
        post("hotline", "guilin", "/api/v1/hotline/tickets", t).statusCode(403);
    }
}
