package org.govopen.request.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.govopen.request.RequestTestSupport;
import org.govopen.testing.GovOpenTest;
import org.govopen.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * The applicant follows their case with code and secret (no staff notes, no staff names); without them, nothing.
 * Staff lists filter, sort and page within the unit, with personal data masked.
 */
@QuarkusTest
@GovOpenTest
class TrackingAndListTest extends RequestTestSupport {

    @jakarta.inject.Inject
    jakarta.persistence.EntityManager em;

    @Test
    void theApplicantSeesStatusHistoryAndDueDate_withoutStaffOnlyNotes() {
        today("2026-09-30");
        var receipt = registerAsClerk(form(ID_A)).statusCode(201).extract();
        String id = receipt.path("id");
        String code = receipt.path("trackingCode");
        String secret = receipt.path("trackingSecret");
        act("reviewer", id, "review", Map.of("note", "内部：疑似重复申请，核查")).statusCode(200);
        given().header("X-Tracking-Secret", secret).get("/api/v1/tracking/" + code).then().statusCode(200)
                .body("caseNumber", equalTo(receipt.path("caseNumber")))
                .body("stateLabel", equalTo("审核中"))
                .body("dueDate", equalTo("2026-11-03"))
                .body("history.action", hasItem("START_REVIEW"))
                .body("history.staffOnlyNote", everyItem(nullValue()))
                .body("history.actor", everyItem(nullValue()))
                .body(not(containsString("疑似重复")));
        given().header("X-Tracking-Secret", secret.toLowerCase()).get("/api/v1/tracking/" + code.toLowerCase()).then().statusCode(200);
    }

    @Test
    void aSecretStoredInTheEarlierPbkdf2FormStillOpensTheCase() throws Exception {
        today("2026-09-30");
        var receipt = registerAsClerk(form(ID_B)).statusCode(201).extract();
        String code = receipt.path("trackingCode");
        String secret = receipt.path("trackingSecret");
        byte[] salt = new byte[16];
        new java.security.SecureRandom().nextBytes(salt);
        byte[] hash = javax.crypto.SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                .generateSecret(new javax.crypto.spec.PBEKeySpec(secret.toCharArray(), salt, 2000, 256)).getEncoded();
        String stored = "2000:" + java.util.Base64.getEncoder().encodeToString(salt) + ":"
                + java.util.Base64.getEncoder().encodeToString(hash);
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> em
                .createNativeQuery("update application set tracking_secret_hash = :h where tracking_code = :c")
                .setParameter("h", stored).setParameter("c", code).executeUpdate());
        given().header("X-Tracking-Secret", secret).get("/api/v1/tracking/" + code).then().statusCode(200)
                .body("caseNumber", equalTo(receipt.path("caseNumber")));
        given().header("X-Tracking-Secret", secret.toLowerCase()).get("/api/v1/tracking/" + code).then().statusCode(200);
        given().header("X-Tracking-Secret", "ABCDEFGHJK").get("/api/v1/tracking/" + code).then().statusCode(404);
    }

    @Test
    void aNewSecretIsStoredAsAKeyedHash_neverInClear() {
        today("2026-09-30");
        var receipt = registerAsClerk(form(ID_A)).statusCode(201).extract();
        String secret = receipt.path("trackingSecret");
        String stored = (String) em.createNativeQuery("select tracking_secret_hash from application where tracking_code = :c")
                .setParameter("c", (String) receipt.path("trackingCode")).getSingleResult();
        org.junit.jupiter.api.Assertions.assertTrue(stored.matches("hmac-sha256:[A-Za-z0-9+/=]{24}:[A-Za-z0-9+/=]{44}"), stored);
        org.junit.jupiter.api.Assertions.assertFalse(stored.contains(secret));
        given().header("X-Tracking-Secret", secret + "X").get("/api/v1/tracking/" + receipt.path("trackingCode")).then()
                .statusCode(404);
    }

    @Test
    void article33_theApplicantIsToldOfAnExtension() {
        today("2026-09-30");
        var receipt = registerAsClerk(form(ID_C)).statusCode(201).extract();
        String id = receipt.path("id");
        act("reviewer", id, "review", Map.of()).statusCode(200);
        act("reviewer", id, "handling", Map.of()).statusCode(200);
        given().header("X-Tracking-Secret", (String) receipt.path("trackingSecret"))
                .get("/api/v1/tracking/" + receipt.path("trackingCode")).then().body("extension", nullValue());
        today("2026-10-20");
        act("supervisor", id, "extension", Map.of("workingDays", 15, "reason", "需调取档案，工作量较大", "noticeOn", "2026-10-20"))
                .statusCode(200);
        given().header("X-Tracking-Secret", (String) receipt.path("trackingSecret"))
                .get("/api/v1/tracking/" + receipt.path("trackingCode")).then().statusCode(200)
                .body("extension.workingDays", equalTo(15))
                .body("extension.reason", equalTo("需调取档案，工作量较大"))
                .body("extension.noticeOn", equalTo("2026-10-20"))
                .body("dueDate", equalTo("2026-11-24"));
        // the staff list, read from the application's own copy of the deadline, shows the extended date too
        given().header("Authorization", token("handler")).queryParam("size", 500).get("/api/v1/applications").then()
                .statusCode(200).body("items.find { it.id == '" + id + "' }.dueDate", equalTo("2026-11-24"));
    }

    @Test
    void withoutTheRightSecretNothingIsShown() {
        today("2026-09-30");
        String code = registerAsClerk(form(ID_B)).statusCode(201).extract().path("trackingCode");
        given().header("X-Tracking-Secret", "WRONGSECRET").get("/api/v1/tracking/" + code).then().statusCode(404)
                .contentType("application/problem+json").body(not(containsString("李四")));
        given().get("/api/v1/tracking/" + code).then().statusCode(404);
        given().header("X-Tracking-Secret", "X").get("/api/v1/tracking/NOSUCHCODE").then().statusCode(404);
        given().header("X-Tracking-Secret", "X").get("/api/v1/tracking/" + code + "/reply-letter").then().statusCode(404);
    }

    @Test
    void aPausedCaseIsNeitherDueSoonNorOverdue() {
        String running = inHandling("2026-09-30", ID_A);
        String paused = inHandling("2026-09-30", ID_B);
        today("2026-10-12");
        act("handler", paused, "consultations", Map.of("party", "AGENCY", "partyName", "南宁市自然资源局")).statusCode(200);
        today("2026-10-29"); // both were due 11-03 before the consultation stopped one clock
        given().header("Authorization", token("handler")).queryParam("dueWithinDays", 7).queryParam("size", 500)
                .get("/api/v1/applications").then().statusCode(200)
                .body("items.id", hasItem(running)).body("items.id", not(hasItem(paused)));
        today("2026-11-04");
        given().header("Authorization", token("handler")).queryParam("overdue", true).queryParam("size", 500)
                .get("/api/v1/applications").then().statusCode(200)
                .body("items.id", hasItem(running)).body("items.id", not(hasItem(paused)));
        given().header("Authorization", token("handler")).queryParam("state", "IN_HANDLING").queryParam("size", 500)
                .get("/api/v1/applications").then().statusCode(200)
                .body("items.find { it.id == '" + paused + "' }.paused", equalTo(true))
                .body("items.find { it.id == '" + paused + "' }.overdue", equalTo(false));
    }

    @Test
    void listsFilterSortAndMask_withinTheUnit() {
        String first = registerInPerson("2026-09-30", ID_A);
        String second = registerInPerson("2026-10-09", ID_B);
        today("2026-10-09");
        Map<String, Object> elsewhere = form(ID_C);
        elsewhere.put("unit", UNIT + "/xinzhu");
        registerAsClerk(elsewhere).statusCode(201);
        act("reviewer", second, "review", Map.of()).statusCode(200);

        given().header("Authorization", token("handler")).queryParam("state", "UNDER_REVIEW").get("/api/v1/applications")
                .then().statusCode(200).body("items.id", hasItem(second)).body("items.id", not(hasItem(first)))
                .body("items[0].applicantName", equalTo("李*"))
                .body(not(containsString(ID_B)));
        today("2026-11-04");
        given().header("Authorization", token("operator")).queryParam("overdue", true).get("/api/v1/applications")
                .then().statusCode(200).body("items.id", hasItem(first)).body("items.find { it.id == '" + first + "' }.overdue", equalTo(true));
        given().header("Authorization", Tokens.bearer("handler", UNIT + "/xinzhu")).get("/api/v1/applications")
                .then().statusCode(200).body("items.unit", everyItem(equalTo(UNIT + "/xinzhu")));
        given().header("Authorization", Tokens.bearer("handler", UNIT + "/xinzhu")).get("/api/v1/applications/" + first)
                .then().statusCode(403);
        given().header("Authorization", token("handler")).queryParam("sort", "caseNumber").queryParam("size", 1)
                .get("/api/v1/applications").then().statusCode(200).body("items.size()", equalTo(1)).body("size", equalTo(1));
        given().header("Authorization", token("handler")).queryParam("state", "LOST").queryParam("sort", "name")
                .get("/api/v1/applications").then().statusCode(400)
                .body("violations.field", org.hamcrest.Matchers.hasItems("state"));
        given().get("/api/v1/applications").then().statusCode(401);
    }

    @Test
    void listsFilterByChannelOutcomeAndDueWithin() {
        String inPerson = registerInPerson("2026-10-12", ID_A);
        Map<String, Object> hotline = form(ID_B);
        hotline.put("channel", "HOTLINE_12345");
        hotline.put("submittedOn", "2026-10-12");
        String transferred = registerAsClerk(hotline).statusCode(201).extract().path("id");
        act("reviewer", inPerson, "review", Map.of()).statusCode(200);
        act("handler", inPerson, "reply", Map.of("outcome", "UNABLE_NOT_HELD", "summary", "本机关不掌握")).statusCode(200);

        var staff = given().header("Authorization", token("handler"));
        staff.queryParam("channel", "HOTLINE_12345").get("/api/v1/applications").then().statusCode(200)
                .body("items.id", hasItem(transferred)).body("items.id", not(hasItem(inPerson)));
        given().header("Authorization", token("handler")).queryParam("outcome", "UNABLE_NOT_HELD").get("/api/v1/applications")
                .then().body("items.id", hasItem(inPerson)).body("items.id", not(hasItem(transferred)));
        // received 10-12, due 11-09: due within 30 calendar days of 10-12, not within 7
        given().header("Authorization", token("handler")).queryParam("dueWithinDays", 30).get("/api/v1/applications")
                .then().body("items.id", hasItem(transferred));
        given().header("Authorization", token("handler")).queryParam("dueWithinDays", 7).get("/api/v1/applications")
                .then().body("items.id", not(hasItem(transferred)));
        given().header("Authorization", token("handler")).queryParam("outcome", "MAYBE").get("/api/v1/applications")
                .then().statusCode(400).body("violations.field", hasItem("outcome"));
    }

    /** The default order is "soonest due first": a replied case's closed reply deadline is due no more and goes last. */
    @Test
    void theDefaultOrderIsSoonestDueFirst_concludedCasesLast() {
        String replied = registerInPerson("2026-09-01", ID_A);
        String sooner = registerInPerson("2026-10-12", ID_B);
        String later = registerInPerson("2026-10-20", ID_C);
        act("reviewer", replied, "review", Map.of()).statusCode(200);
        act("handler", replied, "reply", Map.of("outcome", "UNABLE_NOT_HELD", "summary", "本机关不掌握")).statusCode(200);

        java.util.List<String> ids = given().header("Authorization", token("handler")).queryParam("size", 500)
                .get("/api/v1/applications").then().statusCode(200).extract().path("items.id");
        assertTrue(ids.indexOf(sooner) < ids.indexOf(later), ids.toString());
        assertTrue(ids.indexOf(later) < ids.indexOf(replied), "a replied case comes after the open ones: " + ids);
    }
}
