package org.govopen.request.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.govopen.commons.events.Topics;
import org.govopen.request.RequestTestSupport;
import org.govopen.request.StatementLog;
import org.govopen.testing.GovOpenTest;
import org.govopen.testing.TopicRecorder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The write path every service copies, kept lean (issue 8 §4): one in-person registration writes each of its rows
 * once and reads nothing back, and the relay marks the event sent without rewriting it. A statement more fails here.
 */
@QuarkusTest
@GovOpenTest
class RegistrationStatementsTest extends RequestTestSupport {

    /** The registration's transaction, statement by statement. */
    private static final List<String> REGISTRATION = List.of(
            "select nextval\\(cast\\(\\? as regclass\\)\\)",                           // case number
            "insert into deadline \\(.*",                                               // reply period (第三十三条)
            "insert into deadline \\(.*",                                               // correction notice (第三十条)
            "insert into applicant_month_count .* on conflict .* returning .*",         // month ordinal, last
            "insert into application \\(.*",
            "insert into application_transition \\(.*",
            "insert into outbox_event \\(.*");

    @AfterEach
    void stopRecording() {
        StatementLog.stop();
    }

    @Test
    void anInPersonRegistrationIssuesSevenStatements_andTheRelayMarksOnlySentAtAndAttempts() {
        today("2026-09-30");
        registerAsClerk(form(ID_B)).statusCode(201); // the year's case-number sequence exists, caches are warm
        try (TopicRecorder events = TopicRecorder.of(Topics.REQUEST_EVENTS)) {
            StatementLog.start();
            String id = registerAsClerk(form(ID_A)).statusCode(201).extract().path("id");

            List<List<String>> registrations = StatementLog.transactionsWith(s -> s.startsWith("insert into application ("));
            assertEquals(1, registrations.size(), "one registration transaction: " + registrations);
            List<String> statements = registrations.get(0);
            assertEquals(REGISTRATION.size(), statements.size(), "statements of one registration: " + statements);
            for (int i = 0; i < REGISTRATION.size(); i++) {
                assertTrue(Pattern.matches(REGISTRATION.get(i), statements.get(i)),
                        "statement " + (i + 1) + " should match " + REGISTRATION.get(i) + ": " + statements);
            }

            events.await(e -> id.equals(e.subject()), Duration.ofSeconds(20));
            List<String> marks = awaitMarkSent();
            for (String mark : marks) {
                assertTrue(mark.startsWith("update outbox_event set sent_at = ?, attempts = attempts + 1 where seq = any("),
                        "the relay writes sent_at and attempts only: " + mark);
            }
        }
    }

    private static List<String> awaitMarkSent() {
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < until) {
            List<String> marks = StatementLog.transactionsWith(s -> s.startsWith("update outbox_event")).stream()
                    .flatMap(List::stream).filter(s -> s.startsWith("update outbox_event")).toList();
            if (!marks.isEmpty()) {
                return marks;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("the relay never marked the event sent");
    }
}
