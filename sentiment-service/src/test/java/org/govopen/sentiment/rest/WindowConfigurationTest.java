package org.govopen.sentiment.rest;

import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.govopen.sentiment.SentimentTestSupport;
import org.govopen.testing.GovOpenTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Rules.md §4: the windows are configurable per level and per unit (and the units below it); a unit's setting wins. */
@QuarkusTest
@GovOpenTest
@TestProfile(WindowConfigurationTest.Configured.class)
class WindowConfigurationTest extends SentimentTestSupport {

    public static class Configured implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "govopen.sentiment.windows.levels.LARGE.response", "24h",
                    "govopen.sentiment.windows.units.\"nanning/qingxiu/xinzhu\".response", "12h",
                    "govopen.sentiment.windows.units.\"nanning/qingxiu/xinzhu\".facts", "30m");
        }
    }

    private static String establishIn(String unit, String level) {
        return post("operator", "/api/v1/incidents", Map.of("unit", unit, "title", "配置的时限", "establishedAt", T0.toString(),
                "level", level)).statusCode(201).extract().path("id");
    }

    @Test
    @DisplayName("rules.md §4: 较大 answers in 24 h where the level is so configured; a street's own 12 h and 30 min win; others keep 48 h and 1 h")
    void perLevelAndUnit() {
        get("operator", "/api/v1/incidents/" + establishIn(UNIT, "LARGE")).body("windows[0].dueAt", equalTo("2026-11-03T09:00:00+08:00"));
        get("operator", "/api/v1/incidents/" + establishIn(UNIT, "ORDINARY")).body("windows[0].dueAt", equalTo("2026-11-04T09:00:00+08:00"));
        get("operator", "/api/v1/incidents/" + establishIn(UNIT + "/xinzhu", "LARGE")).body("windows[0].dueAt", equalTo("2026-11-02T21:00:00+08:00"));
        get("operator", "/api/v1/incidents/" + establishIn(UNIT + "/xinzhu/a-village", "MAJOR"))
                .body("windows.find { it.kind == 'FACTS' }.dueAt", equalTo("2026-11-02T09:30:00+08:00"))
                .body("windows.find { it.kind == 'AUTHORITATIVE_INFORMATION' }.dueAt", equalTo("2026-11-02T14:00:00+08:00"));
        get("operator", "/api/v1/incidents/" + establishIn(UNIT, "MAJOR"))
                .body("windows.find { it.kind == 'FACTS' }.dueAt", equalTo("2026-11-02T10:00:00+08:00"));
    }
}
