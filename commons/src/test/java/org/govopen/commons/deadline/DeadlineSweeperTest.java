package org.govopen.commons.deadline;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.govopen.commons.events.Topics;
import org.govopen.commons.time.GovClock;
import org.govopen.testing.GovOpenTest;
import org.govopen.testing.RecordedEvent;
import org.govopen.testing.TopicRecorder;
import org.junit.jupiter.api.Test;

/**
 * Architecture § Deadlines: alerts on govopen.alerts, a warning before and a breach at the due time, once per
 * (deadline, stage) even with several sweepers at work; paused and closed deadlines raise none.
 * Dates are relative to today, so the test holds whenever it runs.
 */
@QuarkusTest
@GovOpenTest
class DeadlineSweeperTest {

    @Inject
    Deadlines deadlines;

    @Inject
    DeadlineSweeper sweeper;

    @Inject
    GovClock clock;

    @Inject
    EntityManager em;

    LocalDate today() {
        return clock.today();
    }

    DeadlineKey open(String id, LocalDate basis, int workingDays) {
        DeadlineKey key = DeadlineKey.of("test-case", id, "reply");
        QuarkusTransaction.requiringNew().run(() -> deadlines.openWorkingDays(key, "测试案件 " + id + " 答复期限",
                "nanning/qingxiu", basis, workingDays));
        return key;
    }

    @Test
    void anOverdueDeadlineRaisesOneBreach() {
        try (TopicRecorder alerts = TopicRecorder.of(Topics.ALERTS)) {
            DeadlineKey key = open("overdue-1", today().minusDays(40), 3);
            RecordedEvent breach = alerts.await(e -> "overdue-1".equals(e.subject()), Duration.ofSeconds(20));
            assertEquals("govopen.alert.deadline.breach", breach.type());
            JsonPath data = JsonPath.from(breach.data());
            assertEquals("BREACH", data.getString("level"));
            assertEquals("reply", data.getString("deadlineKind"));
            assertEquals("nanning/qingxiu", data.getString("unit"));
            assertTrue(data.getString("message").contains("已超期"), data.getString("message"));
            assertTrue(data.getString("dueAt").endsWith("+08:00"), data.getString("dueAt"));

            List<RecordedEvent> all = alerts.drain(Duration.ofSeconds(3)); // three more sweeps
            assertEquals(1, all.stream().filter(e -> "overdue-1".equals(e.subject())).count());
            Deadline after = QuarkusTransaction.requiringNew().call(() -> deadlines.find(key).orElseThrow());
            assertEquals(AlertStage.BREACHED, after.alertStage);
            assertNull(after.nextFireAt);
        }
    }

    @Test
    void aDeadlineWithinTheWarningWindowRaisesAWarningNotABreach() {
        try (TopicRecorder alerts = TopicRecorder.of(Topics.ALERTS)) {
            DeadlineKey key = open("soon-1", today(), 2); // due in 2 working days, warned 3 before
            RecordedEvent warning = alerts.await(e -> "soon-1".equals(e.subject()), Duration.ofSeconds(20));
            assertEquals("govopen.alert.deadline.warning", warning.type());
            assertTrue(JsonPath.from(warning.data()).getString("message").contains("期限预警"));

            // an extension moves the due date past the warning window: the warning stage is re-armed
            Deadline extended = QuarkusTransaction.requiringNew().call(() -> deadlines.extend(key, 20));
            assertEquals(AlertStage.PENDING, extended.alertStage);
            assertEquals(extended.warnAt, extended.nextFireAt);
            assertEquals(1, alerts.drain(Duration.ofSeconds(2)).stream().filter(e -> "soon-1".equals(e.subject())).count());
        }
    }

    @Test
    void pausedAndClosedDeadlinesRaiseNothing() {
        try (TopicRecorder alerts = TopicRecorder.of(Topics.ALERTS)) {
            DeadlineKey paused = DeadlineKey.of("test-case", "paused-1", "reply");
            DeadlineKey closed = DeadlineKey.of("test-case", "closed-1", "reply");
            QuarkusTransaction.requiringNew().run(() -> {
                deadlines.openWorkingDays(paused, "测试 已中止", "nanning", today().minusDays(40), 3);
                deadlines.pause(paused, today().minusDays(39));
                deadlines.openWorkingDays(closed, "测试 已办结", "nanning", today().minusDays(40), 3);
                deadlines.close(closed);
            });
            open("control-1", today().minusDays(40), 3);
            alerts.await(e -> "control-1".equals(e.subject()), Duration.ofSeconds(20));
            List<RecordedEvent> all = alerts.drain(Duration.ofSeconds(2));
            assertEquals(0, all.stream().filter(e -> "paused-1".equals(e.subject()) || "closed-1".equals(e.subject())).count());
        }
    }

    @Test
    void concurrentSweepersFireEachStageOnce() throws Exception {
        int n = 40;
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < n; i++) {
                deadlines.openWorkingDays(DeadlineKey.of("test-case", "replica-" + i, "reply"), "测试 并发 " + i,
                        "nanning", today().minusDays(60), 5);
            }
        });
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> runs = pool.invokeAll(List.of(sweeper::sweepBatch, sweeper::sweepBatch,
                    sweeper::sweepBatch, sweeper::sweepBatch));
            for (Future<Integer> run : runs) {
                run.get();
            }
        } finally {
            pool.shutdown();
        }
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            Object[] counts = QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery("""
                    select count(*), count(distinct event_id), count(distinct subject) from outbox_event
                    where event_type = 'govopen.alert.deadline.breach' and subject like 'replica-%'""").getSingleResult());
            assertEquals(n, ((Number) counts[0]).intValue());
            assertEquals(n, ((Number) counts[1]).intValue());
            assertEquals(n, ((Number) counts[2]).intValue());
        });
        try (TopicRecorder alerts = TopicRecorder.of(Topics.ALERTS)) {
            alerts.awaitCount(e -> e.subject() != null && e.subject().startsWith("replica-"), n, Duration.ofSeconds(30));
            assertEquals(n, alerts.drain(Duration.ofSeconds(2)).stream()
                    .filter(e -> e.subject() != null && e.subject().startsWith("replica-")).count());
        }
    }

    @Test
    void pauseAndResumeAddThePausedWorkingDays() {
        DeadlineKey key = open("pause-1", LocalDate.parse("2026-03-02"), 20);
        QuarkusTransaction.requiringNew().run(() -> {
            deadlines.pause(key, LocalDate.parse("2026-03-10"));
            deadlines.resume(key, LocalDate.parse("2026-03-16"));
        });
        Deadline d = QuarkusTransaction.requiringNew().call(() -> deadlines.find(key).orElseThrow());
        assertEquals(LocalDate.parse("2026-04-03"), d.dueDate);
        assertEquals(1, d.pauses.size());
        QuarkusTransaction.requiringNew().run(() -> deadlines.restartFrom(key, LocalDate.parse("2026-03-09")));
        Deadline restarted = QuarkusTransaction.requiringNew().call(() -> deadlines.find(key).orElseThrow());
        assertEquals(LocalDate.parse("2026-04-07"), restarted.dueDate); // 20 working days from 03-09, over 清明
        assertEquals(0, restarted.pauses.size());
    }

    /**
     * A wall-clock deadline warned at two points (an opinion window at 50 % and 80 %): each point raises its own
     * warning once, with its own stage and id; closing the deadline announces that what was raised is resolved.
     */
    @Test
    void twoWarningPointsRaiseTwoWarnings_closingResolvesThem() {
        try (TopicRecorder alerts = TopicRecorder.of(Topics.ALERTS)) {
            java.time.OffsetDateTime now = clock.now();
            DeadlineKey key = DeadlineKey.of("test-incident", "two-warnings-1", "facts");
            QuarkusTransaction.requiringNew().run(() -> deadlines.openWarnedAt(key, "测试 舆情 发布事实信息", "nanning",
                    now.plusHours(1), List.of(now.plusSeconds(4), now.minusSeconds(1))));
            RecordedEvent first = alerts.await(e -> "two-warnings-1".equals(e.subject()), Duration.ofSeconds(20));
            assertEquals("warning-1", JsonPath.from(first.data()).getString("stage"));
            RecordedEvent second = alerts.await(e -> "two-warnings-1".equals(e.subject())
                    && "warning-2".equals(JsonPath.from(e.data()).getString("stage")), Duration.ofSeconds(20));
            assertEquals("govopen.alert.deadline.warning", second.type());
            assertTrue(!first.id().equals(second.id()), "each warning point has its own id");

            QuarkusTransaction.requiringNew().run(() -> deadlines.close(key));
            RecordedEvent resolved = alerts.await(e -> "two-warnings-1".equals(e.subject())
                    && "govopen.alert.deadline.resolved".equals(e.type()), Duration.ofSeconds(20));
            assertEquals("resolved", JsonPath.from(resolved.data()).getString("stage"));
            assertTrue(JsonPath.from(resolved.data()).getString("message").contains("已解除"));
            List<RecordedEvent> all = alerts.drain(Duration.ofSeconds(2));
            assertEquals(3, all.stream().filter(e -> "two-warnings-1".equals(e.subject())).count());
        }
    }

    /** A sweeper that comes late raises only the latest warning point passed, then the breach when due. */
    @Test
    void warningPointsMissedWhileAwayRaiseOneWarning() {
        try (TopicRecorder alerts = TopicRecorder.of(Topics.ALERTS)) {
            java.time.OffsetDateTime now = clock.now();
            DeadlineKey key = DeadlineKey.of("test-incident", "missed-1", "facts");
            QuarkusTransaction.requiringNew().run(() -> deadlines.openWarnedAt(key, "测试 舆情 错过的预警", "nanning",
                    now.plusSeconds(5), List.of(now.minusMinutes(30), now.minusMinutes(10))));
            RecordedEvent breach = alerts.await(e -> "missed-1".equals(e.subject())
                    && e.type().endsWith("breach"), Duration.ofSeconds(30));
            assertEquals("breach", JsonPath.from(breach.data()).getString("stage"));
            List<RecordedEvent> mine = alerts.drain(Duration.ofSeconds(2)).stream()
                    .filter(e -> "missed-1".equals(e.subject())).toList();
            assertEquals(List.of("warning-2", "breach"), mine.stream().map(e -> JsonPath.from(e.data()).getString("stage")).toList());
        }
    }

    /** Moving a wall-clock deadline later re-arms its breach; a closed one that never alerted resolves nothing. */
    @Test
    void movingAWallClockDeadlineLaterRearmsTheBreach() {
        java.time.OffsetDateTime now = clock.now();
        DeadlineKey key = DeadlineKey.of("test-incident", "moved-1", "response");
        QuarkusTransaction.requiringNew().run(() -> deadlines.openWarnedAt(key, "测试 舆情 回应", "nanning",
                now.minusMinutes(1), List.of()));
        await().atMost(Duration.ofSeconds(20)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> deadlines.find(key).orElseThrow().alertStage) == AlertStage.BREACHED);
        Deadline moved = QuarkusTransaction.requiringNew().call(() -> deadlines.moveTo(key, now.plusHours(48),
                List.of(now.plusHours(24), now.plusHours(38))));
        assertEquals(AlertStage.PENDING, moved.alertStage);
        assertEquals(now.plusHours(24).toInstant(), moved.nextFireAt.toInstant());
        assertEquals(2, moved.warningPoints().size());
        // the breach an operator saw is announced as over
        long resolved = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("""
                select count(*) from outbox_event where event_type = 'govopen.alert.deadline.resolved' and subject = 'moved-1'""")
                .getSingleResult()).longValue());
        assertEquals(1, resolved);
        // a closed deadline is not moved: its record stays
        QuarkusTransaction.requiringNew().run(() -> deadlines.close(key));
        Deadline closed = QuarkusTransaction.requiringNew().call(() -> deadlines.moveTo(key, now.minusHours(1), List.of()));
        assertEquals(DeadlineState.CLOSED, closed.state);
        assertEquals(now.plusHours(48).toInstant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS), closed.dueAt.toInstant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
    }
}
