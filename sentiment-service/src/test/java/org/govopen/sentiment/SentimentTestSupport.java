package org.govopen.sentiment;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusMock;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import org.govopen.commons.time.GovClock;
import org.govopen.testing.RecordedEvent;
import org.govopen.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;

/**
 * What sentiment-service tests share: a settable clock (moved by the test to let windows run out) and calls as the
 * opinion desk of {@code nanning/qingxiu}.
 */
public abstract class SentimentTestSupport {

    public static final String UNIT = "nanning/qingxiu";
    /** 2026-11-02 09:00 in Beijing time, a Monday: windows are wall-clock hours, so the day does not matter. */
    public static final OffsetDateTime T0 = OffsetDateTime.parse("2026-11-02T09:00:00+08:00");

    protected GovClock.Settable clock;

    @BeforeEach
    void installClock() {
        clock = new GovClock.Settable(T0);
        QuarkusMock.installMockForType(clock, GovClock.class);
    }

    protected void at(OffsetDateTime instant) {
        clock.set(instant);
    }

    protected static String token(String role) {
        return Tokens.bearer(role, UNIT);
    }

    protected static ValidatableResponse post(String role, String path, Object body) {
        return given().header("Authorization", token(role)).contentType("application/json").body(body).post(path).then();
    }

    protected static ValidatableResponse get(String role, String path) {
        return given().header("Authorization", token(role)).get(path).then();
    }

    /** An incident established at {@code establishedAt} with the given provisional level; returns its id. */
    protected static String establish(String title, OffsetDateTime establishedAt, String level) {
        Map<String, Object> form = new HashMap<>();
        form.put("unit", UNIT);
        form.put("title", title);
        form.put("establishedAt", establishedAt.toString());
        if (level != null) {
            form.put("level", level);
        }
        return post("operator", "/api/v1/incidents", form).statusCode(201).extract().path("id");
    }

    protected static Map<String, Object> assessment(String level, boolean majorImpact) {
        Map<String, Object> form = new HashMap<>();
        form.put("level", level);
        form.put("kind", "EMERGENCY");
        form.put("majorImpact", majorImpact);
        form.put("places", java.util.List.of(UNIT));
        form.put("departments", java.util.List.of("应急管理局"));
        return form;
    }

    protected static String stage(RecordedEvent alert) {
        return JsonPath.from(alert.data()).getString("stage");
    }

    protected static String kind(RecordedEvent alert) {
        String k = JsonPath.from(alert.data()).getString("deadlineKind");
        return k == null ? JsonPath.from(alert.data()).getString("window") : k;
    }
}
