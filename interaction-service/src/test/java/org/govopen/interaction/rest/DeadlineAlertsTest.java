package org.govopen.interaction.rest;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.govopen.commons.events.Topics;
import org.govopen.interaction.InteractionTestSupport;
import org.govopen.testing.GovOpenTest;
import org.govopen.testing.RecordedEvent;
import org.govopen.testing.TopicRecorder;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue 10 §5: every due date is a kernel deadline — a warning before it and a breach at it, once each, to the unit
 * that has the message; a suspended or replied message raises none; urging turns into supervision after a breach.
 */
@QuarkusTest
@GovOpenTest
class DeadlineAlertsTest extends InteractionTestSupport {

    private static String stage(RecordedEvent e) {
        return JsonPath.from(e.data()).getString("stage");
    }

    @Test
    @DisplayName("a dispatched message is warned once and breached once, to the lead unit; urging after the breach is 督办")
    void warnedAndBreachedOnce() {
        String id = write("污水外溢").getString("id");
        dispatch(id, false, BUREAU).statusCode(200).body("replyDueDate", equalTo("2026-11-09"));
        try (TopicRecorder alerts = TopicRecorder.of(Topics.ALERTS)) {
            post("clerk", DESK, "/api/v1/messages/" + id + "/urge", Map.of("reason", "请抓紧办理")).statusCode(200)
                    .body("history[-1].action", equalTo("URGE"));
            at("2026-11-09T08:00:00+08:00"); // within the warning (the working day before the due date's end)
            RecordedEvent warning = alerts.await(e -> id.equals(e.subject()), Duration.ofSeconds(20));
            assertTrue(warning.type().endsWith("warning"), warning.type());
            assertEquals(BUREAU, JsonPath.from(warning.data()).getString("unit"));
            // the working day before the due date (Friday 11-06; the weekend does not count)
            assertEquals("2026-11-06T00:00:00+08:00", JsonPath.from(warning.data()).getString("scheduledAt"));
            at("2026-11-10T00:00:01+08:00");
            RecordedEvent breach = alerts.await(e -> id.equals(e.subject()) && e.type().endsWith("breach"), Duration.ofSeconds(20));
            assertEquals("reply", JsonPath.from(breach.data()).getString("deadlineKind"));
            at("2026-11-10T09:00:00+08:00");
            List<RecordedEvent> all = alerts.drain(Duration.ofSeconds(3)).stream().filter(e -> id.equals(e.subject())).toList();
            assertEquals(1, all.stream().filter(e -> e.type().endsWith("warning")).count(), all.toString());
            assertEquals(1, all.stream().filter(e -> e.type().endsWith("breach")).count(), all.toString());
        }
        post("clerk", DESK, "/api/v1/messages/" + id + "/urge", Map.of("reason", "已超期，请说明")).statusCode(200)
                .body("history[-1].action", equalTo("SUPERVISE")).body("urgeCount", equalTo(2));
        get("clerk", DESK, "/api/v1/messages?overdue=true").statusCode(200)
                .body("items.findAll { it.id == '" + id + "' }.size()", equalTo(1));
    }

    @Test
    @DisplayName("a simple question (1 working day) is warned on the morning of its due date, not at once on dispatch")
    void aSimpleQuestionIsWarnedOnItsDueDay() {
        at("2026-11-06T16:00:00+08:00"); // a Friday afternoon: due Monday 11-09
        String id = write("请问社保卡在哪里补办").getString("id");
        try (TopicRecorder alerts = TopicRecorder.of(Topics.ALERTS)) {
            dispatch(id, true, BUREAU).statusCode(200).body("replyDueDate", equalTo("2026-11-09"));
            List<RecordedEvent> atOnce = alerts.drain(Duration.ofSeconds(4));
            assertTrue(atOnce.stream().noneMatch(e -> id.equals(e.subject())), atOnce.toString());
            at("2026-11-09T00:00:01+08:00");
            RecordedEvent warning = alerts.await(e -> id.equals(e.subject()), Duration.ofSeconds(20));
            assertTrue(warning.type().endsWith("warning"), warning.type());
            assertEquals("2026-11-09T00:00:00+08:00", JsonPath.from(warning.data()).getString("scheduledAt"));
        }
    }

    @Test
    @DisplayName("a suspended message raises no alert while suspended, and resumes with the stopped working days added")
    void suspendedMessagesRaiseNone() {
        String id = write("违章搭建").getString("id");
        String replied = write("树木遮挡").getString("id");
        dispatch(id, false, BUREAU).statusCode(200);
        dispatch(replied, false, BUREAU).statusCode(200);
        reply(replied, "已修剪。").statusCode(200);
        post("reviewer", DESK, "/api/v1/messages/" + id + "/suspend", Map.of("reason", "请留言人补充具体位置")).statusCode(200)
                .body("state", equalTo("SUSPENDED")).body("replyClock", equalTo("PAUSED"));
        try (TopicRecorder alerts = TopicRecorder.of(Topics.ALERTS)) {
            at("2026-11-12T10:00:00+08:00");
            List<RecordedEvent> seen = alerts.drain(Duration.ofSeconds(6));
            assertTrue(seen.stream().noneMatch(e -> id.equals(e.subject()) || replied.equals(e.subject())), seen.toString());
        }
        // stopped on 11-02, resumed on 11-12: the 8 working days after the stop are added
        post("reviewer", DESK, "/api/v1/messages/" + id + "/resume", Map.of("reason", "已补充")).statusCode(200)
                .body("state", equalTo("DISPATCHED")).body("replyClock", equalTo("ACTIVE"))
                .body("replyDueDate", equalTo("2026-11-19"));
    }
}
