package org.govopen.sentiment.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.govopen.sentiment.domain.ResponseWindowRule.Hours;
import org.govopen.sentiment.domain.ResponseWindowRule.Window;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Rules.md §4 response windows (seed 003 §三; 国办发〔2016〕80号, 国办发〔2016〕61号). */
@DisplayName("ResponseWindowRule — rules.md §4: 1 h facts, 5 h authoritative information, 24 h press conference; 48 h otherwise")
class ResponseWindowRuleTest {

    static final OffsetDateTime ESTABLISHED = OffsetDateTime.parse("2026-10-08T21:40:00+08:00");

    static List<String> due(List<Window> windows) {
        return windows.stream().map(w -> w.kind() + " " + w.dueAt()).toList();
    }

    @Test
    void aMajorIncidentWithCasualtiesOwesFactsIn1hAuthoritativeInformationIn5hAndAPressConferenceIn24h() {
        var windows = ResponseWindowRule.windows(IncidentLevel.MAJOR, true, ESTABLISHED, Hours.DEFAULTS);
        assertEquals(List.of("FACTS 2026-10-08T22:40+08:00", "AUTHORITATIVE_INFORMATION 2026-10-09T02:40+08:00",
                "PRESS_CONFERENCE 2026-10-09T21:40+08:00"), due(windows));
    }

    @Test
    void withoutMajorCasualtiesOrWideImpactNoPressConferenceIsDue() {
        var windows = ResponseWindowRule.windows(IncidentLevel.ESPECIALLY_MAJOR, false, ESTABLISHED, Hours.DEFAULTS);
        assertEquals(List.of("FACTS 2026-10-08T22:40+08:00", "AUTHORITATIVE_INFORMATION 2026-10-09T02:40+08:00"), due(windows));
    }

    @Test
    void everyOtherIncidentOwesAResponseWithin48WallClockHours_holidaysIncluded() {
        // the National Day holiday does not stop the clock: hours, not working days
        var windows = ResponseWindowRule.windows(IncidentLevel.LARGE, true, OffsetDateTime.parse("2026-10-01T09:00:00+08:00"),
                Hours.DEFAULTS);
        assertEquals(List.of("RESPONSE 2026-10-03T09:00+08:00"), due(windows));
        assertEquals(due(windows), due(ResponseWindowRule.windows(IncidentLevel.ORDINARY, false,
                OffsetDateTime.parse("2026-10-01T09:00:00+08:00"), Hours.DEFAULTS)));
    }

    @Test
    void warningsGoOutAtHalfAndFourFifthsOfEachWindow() {
        Window facts = ResponseWindowRule.windows(IncidentLevel.MAJOR, false, ESTABLISHED, Hours.DEFAULTS).get(0);
        assertEquals(List.of(ESTABLISHED.plusMinutes(30), ESTABLISHED.plusMinutes(48)), facts.warnings());
    }

    @Test
    void raisingTheLevelCountsTheNewWindowsFromTheOriginalEstablishment_notFromTheReassessment() {
        // assessed 一般 at 21:40, raised to 重大 three hours later: the facts window ended at 22:40, already missed
        var first = ResponseWindowRule.windows(IncidentLevel.ORDINARY, false, ESTABLISHED, Hours.DEFAULTS);
        var raised = ResponseWindowRule.windows(IncidentLevel.MAJOR, false, ESTABLISHED, Hours.DEFAULTS);
        assertEquals(List.of("RESPONSE 2026-10-10T21:40+08:00"), due(first));
        assertEquals(ESTABLISHED.plusHours(1), raised.get(0).dueAt());
        assertEquals(ESTABLISHED.plusHours(5), raised.get(1).dueAt());
    }

    @Test
    void theHoursAreConfigurable_butNeverZeroAndWarningsStayInsideTheWindow() {
        Hours county = new Hours(Duration.ofMinutes(45), Duration.ofHours(4), Duration.ofHours(24), Duration.ofHours(24), List.of(0.75));
        var windows = ResponseWindowRule.windows(IncidentLevel.ORDINARY, false, ESTABLISHED, county);
        assertEquals(List.of("RESPONSE 2026-10-09T21:40+08:00"), due(windows));
        assertEquals(List.of(ESTABLISHED.plusHours(18)), windows.get(0).warnings());
        assertThrows(IllegalArgumentException.class, () -> new Hours(Duration.ZERO, Duration.ofHours(5), Duration.ofHours(24),
                Duration.ofHours(48), List.of(0.5)));
        assertThrows(IllegalArgumentException.class, () -> new Hours(Duration.ofHours(1), Duration.ofHours(5), Duration.ofHours(24),
                Duration.ofHours(48), List.of(1.2)));
    }
}
