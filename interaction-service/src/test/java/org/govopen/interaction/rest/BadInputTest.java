package org.govopen.interaction.rest;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.util.HashMap;
import java.util.Map;
import org.govopen.interaction.InteractionTestSupport;
import org.govopen.testing.GovOpenTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Bad input is a 400 problem naming the field, and nothing is stored. */
@QuarkusTest
@GovOpenTest
class BadInputTest extends InteractionTestSupport {

    @Test
    @DisplayName("a message without subject, with an unknown category, a malformed unit and phone: 400 naming each field, nothing received")
    void badMessages() {
        Map<String, Object> m = new HashMap<>(message("x", "y", "COMPLAINT", DESK, true));
        m.remove("subject");
        m.put("unit", "Nanning Qingxiu");
        m.put("contact", Map.of("phone", "call me"));
        RestAssured.given().contentType("application/json").body(m).post("/api/v1/messages").then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItems("subject", "unit", "contact.phone"));
        m = new HashMap<>(message("x", "y", "COMPLAINT", DESK, true));
        m.put("category", "GOSSIP");
        RestAssured.given().contentType("application/json").body(m).post("/api/v1/messages").then().statusCode(400)
                .body("violations.field", hasItem("category"));
        m = new HashMap<>(message("x", "y", "COMPLAINT", DESK, true));
        m.remove("consentToPublish");
        RestAssured.given().contentType("application/json").body(m).post("/api/v1/messages").then().statusCode(400)
                .body("violations.field", hasItem("consentToPublish"));
        get("clerk", DESK, "/api/v1/messages").statusCode(200).body("total", equalTo(0));
    }

    @Test
    @DisplayName("a ticket transferred in the future, without a number or with a malformed one: 400 naming the field")
    void badTickets() {
        var t = new HashMap<>(ticket("12345-X", "2026-11-03T09:00:00+08:00", "噪音"));
        transfer(t).statusCode(400).body("violations.field", hasItem("transferredAt"));
        t = new HashMap<>(ticket("12345 X", "2026-11-02T08:00:00+08:00", "噪音"));
        transfer(t).statusCode(400).body("violations.field", hasItem("ticketNumber"));
        t.remove("ticketNumber");
        transfer(t).statusCode(400).body("violations.field", hasItem("ticketNumber"));
    }

    @Test
    @DisplayName("actions with bad bodies or in the wrong state: 400 naming the field, 409 naming the state, 404 for an unknown message")
    void badActions() {
        String id = write("噪音").getString("id");
        post("clerk", DESK, "/api/v1/messages/" + id + "/dispatch", Map.of("leadUnit", BUREAU)).statusCode(400)
                .body("violations.field", hasItem("simple"));
        post("clerk", DESK, "/api/v1/messages/" + id + "/dispatch", Map.of("simple", true, "leadUnit", "guilin/x")).statusCode(403);
        post("handler", BUREAU, "/api/v1/messages/" + id + "/reply", Map.of("text", "x", "unitName", "y")).statusCode(404);
        post("reviewer", DESK, "/api/v1/messages/" + id + "/reply/release", null).statusCode(409)
                .body("currentState", equalTo("RECEIVED"));
        post("clerk", DESK, "/api/v1/messages/00000000-0000-0000-0000-000000000000/dispatch",
                Map.of("simple", true, "leadUnit", BUREAU)).statusCode(404);
        get("clerk", DESK, "/api/v1/messages/not-a-uuid").statusCode(404);
        get("clerk", DESK, "/api/v1/messages?state=LOST").statusCode(400).body("violations.field", hasItem("state"));
        RestAssured.given().header("X-Tracking-Secret", "x").contentType("application/json").body(Map.of("satisfaction", "MEH"))
                .post("/api/v1/tracking/NOPE/rating").then().statusCode(400).body("violations.field", hasItem("satisfaction"));
    }
}
