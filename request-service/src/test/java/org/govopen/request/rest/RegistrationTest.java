package org.govopen.request.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.govopen.commons.events.Topics;
import org.govopen.request.RequestTestSupport;
import org.govopen.testing.GovOpenTest;
import org.govopen.testing.RecordedEvent;
import org.govopen.testing.Tokens;
import org.govopen.testing.TopicRecorder;
import org.junit.jupiter.api.Test;

/** Registration (登记) and the receipt date of 条例第三十一条; bad input is a 4xx and stores nothing. */
@QuarkusTest
@GovOpenTest
class RegistrationTest extends RequestTestSupport {

    @Test
    void inPerson_receivedTheDaySubmitted_dueIn20WorkingDaysOverNationalDay() {
        today("2026-09-30");
        try (TopicRecorder events = TopicRecorder.of(Topics.REQUEST_EVENTS)) {
            String id = registerAsClerk(form(ID_A)).statusCode(201)
                    .header("Location", containsString("/api/v1/applications/"))
                    .body("caseNumber", matchesPattern("2026-\\d{6}"))
                    .body("trackingCode", matchesPattern("[2-9A-HJKMNP-Z]{10}"))
                    .body("trackingSecret", matchesPattern("[2-9A-HJKMNP-Z]{10}"))
                    .body("state", equalTo("REGISTERED"))
                    .body("receivedOn", equalTo("2026-09-30"))
                    .body("due.dueDate", equalTo("2026-11-03"))
                    .body("due.dueAt", equalTo("2026-11-04T00:00:00+08:00"))
                    .body("due.crossed[0].name", equalTo("国庆节"))
                    .extract().path("id");
            RecordedEvent registered = events.await(e -> id.equals(e.subject()), Duration.ofSeconds(20));
            assertEquals("govopen.request.application.registered", registered.type());
            JsonPath data = JsonPath.from(registered.data());
            assertEquals("registered", data.getString("action"));
            assertEquals("NATURAL_PERSON", data.getString("applicantKind"));
            assertEquals("青政发〔2025〕3号", data.getString("requestedDocument.number"));
            assertEquals("2026-11-03", data.getString("dueDate"));
            assertEquals(64, data.getString("applicantKey").length());
            assertFalse(registered.data().contains(ID_A), "ID number in an event");
            assertFalse(registered.data().contains("李四"), "name in an event");
            assertFalse(registered.data().contains("13812345678"), "phone in an event");
        }
    }

    @Test
    void signedForPost_receivedTheDaySignedFor() {
        today("2026-10-09");
        Map<String, Object> f = form(ID_A);
        f.put("channel", "POST");
        f.put("postType", "SIGNED_FOR");
        f.put("submittedOn", "2026-09-29");
        f.put("signedForOn", "2026-10-08");
        registerAsClerk(f).statusCode(201).body("receivedOn", equalTo("2026-10-08"))
                .body("due.dueDate", equalTo("2026-11-04")); // 10-09, 10-10 (a Saturday worked), 10-12 … 11-04
    }

    @Test
    void onlineAndOrdinaryLetters_waitForConfirmation_thenTheClockStarts() {
        today("2026-10-09");
        Map<String, Object> f = form(ID_B);
        f.put("channel", "ONLINE");
        f.put("deliveryMethod", "ONLINE_PLATFORM");
        String id = given().contentType("application/json").body(f).post("/api/v1/applications").then().statusCode(201)
                .body("receivedOn", nullValue()).body("due", nullValue())
                .body("notice", containsString("第三十一条"))
                .extract().path("id");
        view(id).body("due", nullValue()).body("deadlines.size()", equalTo(0));
        today("2026-10-12");
        act("clerk", id, "receipt-confirmation", Map.of("receivedOn", "2026-10-12")).statusCode(200)
                .body("receivedOn", equalTo("2026-10-12"))
                .body("due.dueDate", equalTo("2026-11-09"));
        act("clerk", id, "receipt-confirmation", Map.of("receivedOn", "2026-10-12")).statusCode(409);
    }

    @Test
    void anApplicantOnlineNeedsNoAccount_butOnlyOnline() {
        today("2026-10-09");
        Map<String, Object> f = form(ID_B);
        given().contentType("application/json").body(f).post("/api/v1/applications").then().statusCode(400)
                .body("violations[0].field", equalTo("channel"));
    }

    @Test
    void missingFieldsAreAllNamed_andNothingIsStored() {
        today("2026-10-09");
        int before = given().header("Authorization", token("clerk")).get("/api/v1/applications").then().extract().path("total");
        Map<String, Object> f = form(ID_A);
        f.remove("description");
        f.remove("channel");
        applicant(f).remove("name");
        registerAsClerk(f).statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItems("description", "channel", "applicant.name"));
        given().header("Authorization", token("clerk")).get("/api/v1/applications").then().statusCode(200)
                .body("total", equalTo(before));
    }

    @Test
    void aWrongIdCheckDigitAFutureDateAndAnUnknownChannelAreRejected() {
        today("2026-10-09");
        Map<String, Object> f = form("450103199001011239");
        f.put("submittedOn", "2026-10-10");
        registerAsClerk(f).statusCode(400)
                .body("violations.field", hasItems("applicant.idNumber", "submittedOn"))
                .body("violations.find { it.field == 'applicant.idNumber' }.message", containsString("校验位"));
        Map<String, Object> g = form(ID_A);
        g.put("channel", "CARRIER_PIGEON");
        registerAsClerk(g).statusCode(400).body("violations[0].field", equalTo("channel"));
    }

    @Test
    void oversizedTextAndAPostWithoutDatesAreRejected() {
        today("2026-10-09");
        Map<String, Object> f = form(ID_A);
        f.put("description", "很长".repeat(2001));
        registerAsClerk(f).statusCode(400).body("violations[0].field", equalTo("description"));
        Map<String, Object> g = form(ID_A);
        g.put("channel", "POST");
        g.put("postType", "SIGNED_FOR");
        registerAsClerk(g).statusCode(400).body("violations[0].field", equalTo("signedForOn"));
    }

    @Test
    void anOrganisationGivesItsCreditCode() {
        today("2026-10-09");
        Map<String, Object> f = form(ID_A);
        applicant(f).put("kind", "COMMERCIAL_ENTERPRISE");
        registerAsClerk(f).statusCode(400).body("violations[0].field", equalTo("applicant.idType"));
        applicant(f).put("idType", "UNIFIED_SOCIAL_CREDIT_CODE");
        applicant(f).put("idNumber", CREDIT_CODE);
        applicant(f).put("name", "南宁某某建设有限公司");
        registerAsClerk(f).statusCode(201);
    }

    @Test
    void aClerkRegistersOnlyForTheirUnitAndBelow() {
        today("2026-10-09");
        Map<String, Object> f = form(ID_A);
        f.put("unit", "nanning/xingning");
        registerAsClerk(f).statusCode(403).contentType("application/problem+json");
        f.put("unit", UNIT + "/xinzhu");
        registerAsClerk(f).statusCode(201);
        given().header("Authorization", Tokens.bearer("handler", UNIT)).contentType("application/json").body(form(ID_A))
                .post("/api/v1/applications").then().statusCode(403);
    }

    @Test
    void theEleventhApplicationOfAMonthIsFlaggedExcessive() {
        today("2026-10-20");
        for (int i = 1; i <= 10; i++) {
            registerAsClerk(form(ID_C)).statusCode(201).body("excessive", equalTo(false));
        }
        String id = registerAsClerk(form(ID_C)).statusCode(201).body("excessive", equalTo(true)).extract().path("id");
        view(id).body("monthOrdinal", equalTo(11));
        given().header("Authorization", token("clerk")).get("/api/v1/applications/" + id + "/history").then()
                .body("[0].staffOnlyNote", containsString("第三十五条"));
        today("2026-11-02");
        registerAsClerk(form(ID_C)).statusCode(201).body("excessive", equalTo(false));
    }

    @Test
    void oneApplicantRegisteringManyAtOnce_getsEachOrdinalOfTheMonthOnce() throws Exception {
        today("2026-10-21");
        String id = "450103198807070013";
        var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<String>> ids = new java.util.ArrayList<>();
            for (int i = 0; i < 12; i++) {
                ids.add(pool.submit(() -> registerAsClerk(form(id)).statusCode(201).extract().<String>path("id")));
            }
            List<Integer> ordinals = new java.util.ArrayList<>();
            int flagged = 0;
            for (var f : ids) {
                JsonPath v = view(f.get()).statusCode(200).extract().jsonPath();
                ordinals.add(v.getInt("monthOrdinal"));
                if (v.getBoolean("excessive")) {
                    assertTrue(v.getInt("monthOrdinal") > 10, "flagged only past the tenth: " + v.getInt("monthOrdinal"));
                    flagged++;
                }
            }
            java.util.Collections.sort(ordinals);
            assertEquals(java.util.stream.IntStream.rangeClosed(1, 12).boxed().toList(), ordinals);
            assertEquals(2, flagged);
        } finally {
            pool.shutdownNow();
        }
        today("2026-11-02"); // a new month counts afresh
        registerAsClerk(form(id)).statusCode(201).body("excessive", equalTo(false));
    }

    @Test
    void anUnknownApplicationIs404() {
        view("00000000-0000-0000-0000-000000000042").statusCode(404).contentType("application/problem+json");
        view("not-a-uuid").statusCode(404);
    }
}
