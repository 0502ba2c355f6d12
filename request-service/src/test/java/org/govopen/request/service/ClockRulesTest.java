package org.govopen.request.service;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

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

/**
 * Rules.md §3, the clock of an application, each rule on its own; dates worked out by hand. Received 2026-09-30
 * (Wednesday), the reply is due 2026-11-03: 10-01..07 are off, Saturday 10-10 is worked.
 */
@QuarkusTest
@GovOpenTest
class ClockRulesTest extends RequestTestSupport {

    static final String RECEIVED = "2026-09-30";

    @Test
    void article33_replyWithin20WorkingDaysOfReceipt() {
        String id = registerInPerson(RECEIVED, ID_A);
        view(id).statusCode(200).body("due.dueDate", equalTo("2026-11-03")).body("due.workingDays", equalTo(20))
                .body("due.paused", equalTo(false));
    }

    @Test
    void article33_oneExtensionOfAtMost20WorkingDays_approvedByTheHeadOfTheOffice() {
        String id = inHandling(RECEIVED, ID_A);
        today("2026-10-20");
        Map<String, Object> body = Map.of("workingDays", 20, "reason", "需调取档案，工作量较大");
        act("handler", id, "extension", body).statusCode(403).contentType("application/problem+json");
        act("supervisor", id, "extension", Map.of("workingDays", 21, "reason", "x")).statusCode(400)
                .body("violations[0].field", equalTo("workingDays"));
        act("supervisor", id, "extension", body).statusCode(200)
                .body("due.dueDate", equalTo("2026-12-01"))
                .body("extension.approvedBy", equalTo("user-supervisor"));
        act("supervisor", id, "extension", Map.of("workingDays", 5, "reason", "再延")).statusCode(409)
                .body("detail", containsString("只能延长一次"));
    }

    @Test
    void article33_noExtensionOnceThePeriodHasRunOut() {
        String id = inHandling(RECEIVED, ID_B);
        today("2026-11-04");
        act("supervisor", id, "extension", Map.of("workingDays", 10, "reason", "逾期")).statusCode(409)
                .body("detail", containsString("届满"));
    }

    @Test
    void article33_anExtensionDuringALongConsultationIsNotRefusedAsExpired() {
        String id = inHandling(RECEIVED, ID_C);
        today("2026-10-26");
        String consultation = act("handler", id, "consultations",
                Map.of("party", "THIRD_PARTY", "partyName", "某某置业有限公司", "requestedOn", "2026-10-26"))
                .statusCode(200).body("consultations[0].dueDate", equalTo("2026-11-16"))
                .extract().path("consultations[0].id");
        today("2026-11-05"); // past 11-03, but the clock has stood still since 10-26
        act("supervisor", id, "extension", Map.of("workingDays", 20, "reason", "第三方意见尚未答复，需延长"))
                .statusCode(200).body("extension.workingDays", equalTo(20)).body("due.paused", equalTo(true));
        act("handler", id, "consultations/" + consultation + "/answer",
                Map.of("response", "CONSENT", "answeredOn", "2026-11-05")).statusCode(200)
                .body("due.paused", equalTo(false))
                .body("due.dueDate", equalTo("2026-12-11")); // 12-01 with the extension, + (10-26, 11-05]: 8 working days
    }

    @Test
    void articles32and34_consultationTimeIsNotCounted() {
        String id = inHandling(RECEIVED, ID_A);
        today("2026-10-12");
        String consultation = act("handler", id, "consultations",
                Map.of("party", "THIRD_PARTY", "partyName", "某某置业有限公司", "requestedOn", "2026-10-12"))
                .statusCode(200)
                .body("due.paused", equalTo(true)).body("due.pausedSince", equalTo("2026-10-12"))
                .body("consultations[0].dueDate", equalTo("2026-11-02"))
                .extract().path("consultations[0].id");
        today("2026-10-16");
        act("handler", id, "consultations/" + consultation + "/answer",
                Map.of("response", "OBJECTION", "answeredOn", "2026-10-16", "note", "涉及商业秘密")).statusCode(200)
                .body("due.paused", equalTo(false))
                .body("due.dueDate", equalTo("2026-11-09")); // (10-12, 10-16]: four working days more
        act("handler", id, "consultations/" + consultation + "/answer", Map.of("response", "CONSENT")).statusCode(409);
    }

    @Test
    void article32_aSilentThirdPartyLeavesTheDecisionToTheOffice_timeNotCountedUntilThe15DaysEnd() {
        String id = inHandling(RECEIVED, ID_B);
        today("2026-10-12");
        String consultation = act("handler", id, "consultations",
                Map.of("party", "THIRD_PARTY", "partyName", "王五", "requestedOn", "2026-10-12"))
                .statusCode(200).extract().path("consultations[0].id");
        String answer = "consultations/" + consultation + "/answer";
        today("2026-10-20");
        act("handler", id, answer, Map.of("response", "NO_RESPONSE")).statusCode(409).body("detail", containsString("2026-11-02"));
        today("2026-11-03");
        act("handler", id, answer, Map.of("response", "CONSENT_ASSUMED")).statusCode(400)
                .body("violations[0].field", equalTo("response"));
        act("handler", id, answer, Map.of("response", "NO_RESPONSE")).statusCode(200)
                .body("consultations[0].answeredOn", equalTo("2026-11-02"))
                .body("due.dueDate", equalTo("2026-11-24")); // (10-12, 11-02] is 15 working days
    }

    @Test
    void article34_aSilentCoProducingAgencyIsDeemedToConsent_timeNotCountedUntilThe15DaysEnd() {
        String id = inHandling(RECEIVED, ID_A);
        today("2026-10-12");
        String consultation = act("handler", id, "consultations",
                Map.of("party", "AGENCY", "partyName", "南宁市自然资源局", "requestedOn", "2026-10-12"))
                .statusCode(200).body("consultations[0].dueDate", equalTo("2026-11-02"))
                .extract().path("consultations[0].id");
        String answer = "consultations/" + consultation + "/answer";
        today("2026-10-30");
        act("handler", id, answer, Map.of("response", "CONSENT_ASSUMED")).statusCode(409).body("detail", containsString("2026-11-02"));
        today("2026-11-03");
        act("handler", id, answer, Map.of("response", "NO_RESPONSE")).statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("response"))
                .body("violations[0].message", containsString("视为同意"));
        act("handler", id, answer, Map.of("response", "CONSENT_ASSUMED")).statusCode(200)
                .body("consultations[0].response", equalTo("CONSENT_ASSUMED"))
                .body("consultations[0].answeredOn", equalTo("2026-11-02"))
                .body("due.paused", equalTo(false))
                .body("due.dueDate", equalTo("2026-11-24")); // (10-12, 11-02] is 15 working days
        given_history(id).body("note", hasItem(containsString("逾期未答复，视为同意")));
    }

    @Test
    void fees_byVolume_noticeStopsTheClockAndPaymentRestartsIt() {
        String id = inHandling(RECEIVED, ID_A);
        today("2026-10-20");
        act("handler", id, "fee-notice", Map.of("method", "BY_COUNT")).statusCode(400)
                .body("violations[0].field", equalTo("method")).body("violations[0].message", containsString("免费"));
        act("handler", id, "fee-notice", Map.of("method", "BY_VOLUME", "pages", 150)).statusCode(200)
                .body("fee.amount", equalTo(1700))
                .body("due.paused", equalTo(true))
                .body("deadlines.find { it.kind == 'fee-payment' }.dueDate", equalTo("2026-11-17"));
        today("2026-10-22");
        act("handler", id, "payment", Map.of("paidOn", "2026-10-22")).statusCode(200)
                .body("due.paused", equalTo(false))
                .body("due.dueDate", equalTo("2026-11-05")) // (10-20, 10-22]: two working days more
                .body("deadlines.find { it.kind == 'fee-payment' }.state", equalTo("CLOSED"));
        act("handler", id, "payment", Map.of()).statusCode(409);
    }

    @Test
    void fees_unpaidWithin20WorkingDays_deemedAbandoned() {
        String id = inHandling(RECEIVED, ID_B);
        today("2026-10-20");
        act("handler", id, "fee-notice", Map.of("method", "BY_VOLUME", "pages", 40, "notifiedOn", "2026-10-20")).statusCode(200)
                .body("fee.amount", equalTo(100));
        today("2026-11-19"); // the payment period ended with 11-17; the sweep comes later
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> view(id)
                .body("state", equalTo("DEEMED_ABANDONED"))
                .body("reply.outcome", equalTo("OTHER_FEE_UNPAID"))
                .body("reply.outcomeCode", equalTo("六.2"))
                .body("concludedOn", equalTo("2026-11-17")));
    }

    @Test
    void article30_oneCorrectionNoticeWithin7WorkingDays_theClockRestartsOnArrival() {
        String late = registerInPerson(RECEIVED, ID_A);
        today("2026-10-16");
        act("clerk", late, "correction-request", Map.of("items", "请写明所需信息的文号", "requestedOn", "2026-10-16"))
                .statusCode(409).body("detail", containsString("2026-10-15"));

        String id = registerInPerson(RECEIVED, ID_B);
        today("2026-10-15");
        act("clerk", id, "correction-request", Map.of("items", "请写明所需信息的文号或标题")).statusCode(200)
                .body("state", equalTo("AWAITING_CORRECTION"))
                .body("due.paused", equalTo(true))
                .body("deadlines.find { it.kind == 'correction-period' }.dueDate", equalTo("2026-11-05"));
        act("clerk", id, "correction-request", Map.of("items", "again")).statusCode(409)
                .body("currentState", equalTo("AWAITING_CORRECTION"));
        today("2026-10-20");
        act("clerk", id, "correction", Map.of("submittedOn", "2026-10-20")).statusCode(200)
                .body("state", equalTo("UNDER_REVIEW"))
                .body("receivedOn", equalTo(RECEIVED))
                .body("due.countedFrom", equalTo("2026-10-20"))
                .body("due.dueDate", equalTo("2026-11-17"));
    }

    @Test
    void article30_aCorrectionMayStillBeRequestedDuringReview_theNoticeDeadlineAlertsUntilHandlingStarts() {
        try (TopicRecorder alerts = TopicRecorder.of(Topics.ALERTS)) {
            String reviewed = registerInPerson(RECEIVED, ID_A);
            act("reviewer", reviewed, "review", Map.of()).statusCode(200)
                    .body("deadlines.find { it.kind == 'correction-notice' }.state", equalTo("ACTIVE"));
            String handed = inHandling(RECEIVED, ID_B);
            view(handed).body("deadlines.find { it.kind == 'correction-notice' }.state", equalTo("CLOSED"));
            String corrected = registerInPerson(RECEIVED, ID_C);
            act("reviewer", corrected, "review", Map.of()).statusCode(200);
            today("2026-10-12"); // under review, within the 7 working days (before the warning on 10-13)
            act("clerk", corrected, "correction-request", Map.of("items", "请写明所需信息的文号或标题")).statusCode(200)
                    .body("state", equalTo("AWAITING_CORRECTION"))
                    .body("deadlines.find { it.kind == 'correction-notice' }.state", equalTo("CLOSED"));

            today("2026-10-16"); // the 7 working days ended with 10-15, still under review, no notice sent
            RecordedEvent breach = alerts.await(e -> reviewed.equals(e.subject()) && kind(e).equals("correction-notice")
                    && e.type().endsWith("breach"), Duration.ofSeconds(20));
            assertEquals("2026-10-15", JsonPath.from(breach.data()).getString("dueDate"));
            List<RecordedEvent> all = alerts.drain(Duration.ofSeconds(3));
            assertEquals(0, all.stream().filter(e -> (handed.equals(e.subject()) || corrected.equals(e.subject()))
                    && kind(e).equals("correction-notice")).count());
        }
    }

    @Test
    void article30_noCorrectionInTime_deemedAbandoned() {
        String id = registerInPerson(RECEIVED, ID_C);
        today("2026-10-15");
        act("clerk", id, "correction-request", Map.of("items", "请补充身份证明")).statusCode(200);
        today("2026-11-09"); // the correction period ended with 11-05
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> view(id)
                .body("state", equalTo("DEEMED_ABANDONED"))
                .body("reply.outcome", equalTo("OTHER_NO_CORRECTION"))
                .body("concludedOn", equalTo("2026-11-05"))
                .body("deadlines.state", org.hamcrest.Matchers.everyItem(equalTo("CLOSED"))));
        given_history(id).body("action", hasItem("DEEM_ABANDONED")).body("actor", hasItem("system"));
    }

    @Test
    void article35_aLaterReplyDateForAnExcessiveApplication() {
        today(RECEIVED);
        for (int i = 0; i < 10; i++) {
            registerInPerson(RECEIVED, ID_C);
        }
        String id = inHandling(RECEIVED, ID_C); // the 11th of the month: flagged
        String ordinary = inHandling(RECEIVED, ID_A);
        Map<String, Object> later = Map.of("replyBy", "2026-12-15", "reason", "申请数量明显超过合理范围，理由合理但无法按期答复");
        act("supervisor", ordinary, "later-reply-date", later).statusCode(409).body("detail", containsString("第三十五条"));
        act("supervisor", id, "later-reply-date", Map.of("replyBy", "2026-11-01", "reason", "x")).statusCode(400)
                .body("violations[0].field", equalTo("replyBy"));
        act("supervisor", id, "later-reply-date", later).statusCode(200)
                .body("laterReplyDate", equalTo("2026-12-15"))
                .body("due.dueDate", equalTo("2026-12-15"))
                .body("due.dueAt", equalTo("2026-12-16T00:00:00+08:00"));
    }

    @Test
    void alerts_warningThreeWorkingDaysBefore_breachAtTheDueDate_noneWhilePaused() {
        try (TopicRecorder alerts = TopicRecorder.of(Topics.ALERTS)) {
            String running = registerInPerson(RECEIVED, ID_A);
            String paused = inHandling(RECEIVED, ID_B);
            today("2026-10-12");
            act("handler", paused, "consultations", Map.of("party", "AGENCY", "partyName", "南宁市自然资源局")).statusCode(200);

            today("2026-10-29"); // 3 working days before 11-03
            RecordedEvent warning = alerts.await(e -> running.equals(e.subject()) && kind(e).equals("reply"), Duration.ofSeconds(20));
            assertEquals("govopen.alert.deadline.warning", warning.type());
            JsonPath data = JsonPath.from(warning.data());
            assertEquals("reply", data.getString("deadlineKind"));
            assertEquals("2026-11-03", data.getString("dueDate"));

            today("2026-11-04");
            alerts.await(e -> running.equals(e.subject()) && kind(e).equals("reply") && e.type().endsWith("breach"),
                    Duration.ofSeconds(20));
            List<RecordedEvent> all = alerts.drain(Duration.ofSeconds(3));
            assertEquals(2, all.stream().filter(e -> running.equals(e.subject()) && kind(e).equals("reply")).count());
            // the paused case: only its consultation deadline may alert, never its reply
            assertEquals(0, all.stream().filter(e -> paused.equals(e.subject()) && kind(e).equals("reply")).count());
        }
    }

    @Test
    void articles32and34_anUnansweredConsultationRaisesItsBreachOnce() {
        try (TopicRecorder alerts = TopicRecorder.of(Topics.ALERTS)) {
            String id = inHandling(RECEIVED, ID_C);
            today("2026-10-26");
            act("handler", id, "consultations",
                    Map.of("party", "THIRD_PARTY", "partyName", "某某置业有限公司", "requestedOn", "2026-10-26"))
                    .statusCode(200).body("consultations[0].dueDate", equalTo("2026-11-16"));
            today("2026-11-17");
            RecordedEvent breach = alerts.await(e -> id.equals(e.subject()) && kind(e).equals("consultation")
                    && e.type().endsWith("breach"), Duration.ofSeconds(20));
            assertEquals("2026-11-16", JsonPath.from(breach.data()).getString("dueDate"));
            List<RecordedEvent> all = alerts.drain(Duration.ofSeconds(3));
            assertEquals(1, all.stream().filter(e -> id.equals(e.subject()) && kind(e).equals("consultation")
                    && e.type().endsWith("breach")).count(), "once");
            // the paused reply clock raises nothing
            assertEquals(0, all.stream().filter(e -> id.equals(e.subject()) && kind(e).equals("reply")).count());
        }
    }

    private static String kind(RecordedEvent alert) {
        return JsonPath.from(alert.data()).getString("deadlineKind");
    }

    private static io.restassured.response.ValidatableResponse given_history(String id) {
        return io.restassured.RestAssured.given().header("Authorization", token("clerk"))
                .get("/api/v1/applications/" + id + "/history").then().statusCode(200);
    }
}
