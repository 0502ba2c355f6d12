package org.govopen.commons.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import org.govopen.commons.events.Topics;
import org.govopen.commons.time.GovClock;
import org.govopen.testing.GovOpenTest;
import org.govopen.testing.RecordedEvent;
import org.govopen.testing.TopicRecorder;
import org.junit.jupiter.api.Test;

/**
 * Architecture § Deadlines: the sweeper wakes at a deadline's next firing time and when an earlier one is written,
 * not only on its tick. The tick is ten minutes here (its first run is 2 s after start), so every alert below comes
 * from a wake-up. Times are a few seconds ahead of now; a 10 s wait is generous, speed is measured in benchmarks.
 */
@QuarkusTest
@GovOpenTest
@TestProfile(DeadlineWakeUpTest.SlowTick.class)
class DeadlineWakeUpTest {

    public static class SlowTick implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("govopen.deadlines.sweep-interval", "10m");
        }
    }

    @Inject
    Deadlines deadlines;

    @Inject
    GovClock clock;

    /** The warning point wakes the sweeper (planned when the deadline is written), the due time after that sweep. */
    @Test
    void theSweeperWakesAtTheWarningPointAndThenAtTheDueTime() {
        try (TopicRecorder alerts = TopicRecorder.of(Topics.ALERTS)) {
            OffsetDateTime now = clock.now();
            DeadlineKey key = DeadlineKey.of("test-incident", "wake-1", "response");
            QuarkusTransaction.requiringNew().run(() -> deadlines.openAt(key, "测试 舆情 定时唤醒", "nanning",
                    now.plusSeconds(5), now.plusSeconds(3)));
            RecordedEvent warning = alerts.await(e -> "wake-1".equals(e.subject()), Duration.ofSeconds(10));
            assertEquals("govopen.alert.deadline.warning", warning.type());
            RecordedEvent breach = alerts.await(e -> "wake-1".equals(e.subject())
                    && "govopen.alert.deadline.breach".equals(e.type()), Duration.ofSeconds(10));
            assertEquals("breach", JsonPath.from(breach.data()).getString("stage"));
        }
    }

    /** While the sweeper waits for a deadline a minute away, one written due in 3 s wakes it at its own time. */
    @Test
    void anEarlierDeadlineWrittenWhileTheSweeperWaitsWakesItSooner() {
        OffsetDateTime now = clock.now();
        DeadlineKey later = DeadlineKey.of("test-incident", "later-1", "response");
        DeadlineKey sooner = DeadlineKey.of("test-incident", "sooner-1", "response");
        try (TopicRecorder alerts = TopicRecorder.of(Topics.ALERTS)) {
            QuarkusTransaction.requiringNew().run(() -> deadlines.openAt(later, "测试 舆情 较晚", "nanning",
                    now.plusSeconds(60), null));
            QuarkusTransaction.requiringNew().run(() -> deadlines.openAt(sooner, "测试 舆情 较早", "nanning",
                    now.plusSeconds(3), null));
            RecordedEvent breach = alerts.await(e -> "sooner-1".equals(e.subject()), Duration.ofSeconds(10));
            assertEquals("govopen.alert.deadline.breach", breach.type());
        } finally {
            QuarkusTransaction.requiringNew().run(() -> deadlines.close(later));
        }
    }
}
