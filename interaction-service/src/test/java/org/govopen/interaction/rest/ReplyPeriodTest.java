package org.govopen.interaction.rest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.govopen.interaction.InteractionTestSupport;
import org.govopen.testing.GovOpenTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Rules.md §5 (seed 002 二（七）1) through the API: the reply due date a writer is told, and what triage,
 * reassignment and extensions do to it.
 */
@QuarkusTest
@GovOpenTest
class ReplyPeriodTest extends InteractionTestSupport {

    @Test
    @DisplayName("rules.md §5: 5 working days across National Day and its make-up Saturday; found simple at triage, 1 working day of the same receipt")
    void fiveAndOneWorkingDaysAcrossNationalDay() {
        at("2026-09-30T16:20:00+08:00");
        var receipt = write(message("国庆期间小区停水", "小区停水两天，物业说不清原因。", "COMPLAINT", DESK, false));
        // 10-01…10-07 off; 10-08 1, 10-09 2, 10-10 (make-up Saturday) 3, 10-12 4, 10-13 5
        org.junit.jupiter.api.Assertions.assertEquals("2026-10-13", receipt.getString("replyDue.dueDate"));
        org.junit.jupiter.api.Assertions.assertEquals(5, receipt.getInt("replyDue.workingDays"));
        org.hamcrest.MatcherAssert.assertThat(receipt.getString("replyDue.explanation"), containsString("国庆节"));
        org.hamcrest.MatcherAssert.assertThat(receipt.getString("replyDue.explanation"), containsString("2026-10-10 调休上班"));

        at("2026-10-08T09:30:00+08:00");
        dispatch(receipt.getString("id"), true, BUREAU).statusCode(200)
                .body("simple", equalTo(true))
                .body("replyDueDate", equalTo("2026-10-08")) // the first working day after 09-30, not a day from today
                .body("leadUnit", equalTo(BUREAU)).body("state", equalTo("DISPATCHED"));
    }

    @Test
    @DisplayName("rules.md §5: a 12345 ticket counts from the hotline's transfer — not from its arrival here, nor from the dispatch")
    void aTicketCountsFromItsTransfer() {
        at("2026-09-30T00:20:00+08:00"); // arrives after midnight; transferred on 09-29 at 23:50
        String id = transfer(ticket("12345-0929-0001", "2026-09-29T23:50:00+08:00", "路灯不亮，晚上出行不便")).statusCode(201)
                .body("replyDue.dueDate", equalTo("2026-10-12")) // 09-30, 10-08, 10-09, 10-10, 10-12
                .body("replyDue.countedFrom", equalTo("2026-09-29")).extract().path("id");
        at("2026-10-09T10:00:00+08:00");
        dispatch(id, false, BUREAU).statusCode(200).body("replyDueDate", equalTo("2026-10-12"))
                .body("transferredAt", equalTo("2026-09-29T23:50:00+08:00"));
    }

    @Test
    @DisplayName("rules.md §5: reassignment (改派) keeps the clock of the original receipt, and the new unit is told of the deadline")
    void reassignmentKeepsTheClock() {
        var receipt = write("道路积水");
        String id = receipt.getString("id");
        dispatch(id, false, BUREAU).statusCode(200).body("replyDueDate", equalTo("2026-11-09"));
        at("2026-11-05T10:00:00+08:00");
        post("clerk", DESK, "/api/v1/messages/" + id + "/reassign", Map.of("leadUnit", OTHER_BUREAU, "reason", "属民政局职责"))
                .statusCode(200).body("leadUnit", equalTo(OTHER_BUREAU)).body("replyDueDate", equalTo("2026-11-09"))
                .body("reassignCount", equalTo(1)).body("history.action", hasItem("REASSIGN"));
        // the deadline is now the other bureau's
        get("handler", OTHER_BUREAU, "/api/v1/deadlines").statusCode(200)
                .body("items.findAll { it.aggregateId == '" + id + "' }.dueDate", hasItem("2026-11-09"));
    }

    @Test
    @DisplayName("rules.md §5: an extension (延期) asked after the due date is refused; asked before it and approved, the new date holds")
    void extensionsBeforeTheDueDateOnly() {
        String late = write("噪音扰民").getString("id");
        String early = write("井盖缺失").getString("id");
        dispatch(late, false, BUREAU).statusCode(200);
        dispatch(early, false, BUREAU).statusCode(200).body("replyDueDate", equalTo("2026-11-09"));

        post("handler", BUREAU, "/api/v1/messages/" + early + "/extension",
                Map.of("newDueDate", "2026-11-16", "reason", "需现场勘查")).statusCode(200)
                .body("extensionAskedUntil", equalTo("2026-11-16"));
        post("reviewer", DESK, "/api/v1/messages/" + early + "/extension-decision", Map.of("approve", true)).statusCode(200)
                .body("replyDueDate", equalTo("2026-11-16")).body("extensionAskedUntil", equalTo(null));

        at("2026-11-10T09:00:00+08:00"); // the day after the due date
        post("handler", BUREAU, "/api/v1/messages/" + late + "/extension",
                Map.of("newDueDate", "2026-11-16", "reason", "需现场勘查")).statusCode(400)
                .body("violations.field", hasItem("newDueDate"))
                .body("violations.message", hasItem(containsString("已超过答复期限")));
        get("clerk", DESK, "/api/v1/messages/" + late).statusCode(200).body("replyDueDate", equalTo("2026-11-09"))
                .body("extensionAskedUntil", equalTo(null));
    }
}
