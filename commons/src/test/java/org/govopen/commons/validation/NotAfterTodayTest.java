package org.govopen.commons.validation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import org.govopen.commons.time.GovClock;
import org.govopen.testing.GovOpenTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code @NotAfterToday}: the day something happened is today at the latest — today by the kernel's GovClock. */
@QuarkusTest
@GovOpenTest
class NotAfterTodayTest {

    GovClock.Settable clock;

    @BeforeEach
    void clockOn30September() {
        clock = new GovClock.Settable(LocalDate.parse("2026-09-30").atTime(10, 0)
                .atZone(java.time.ZoneId.of("Asia/Shanghai")).toOffsetDateTime());
        QuarkusMock.installMockForType(clock, GovClock.class);
    }

    private static ValidatableResponse post(String json) {
        return given().contentType("application/json").body(json).post("/test/input/happened").then();
    }

    @Test
    void todayAndEarlierDaysAreValidAndTomorrowIsA400NamingTheField() {
        post("{\"happenedOn\":\"2026-09-30\"}").statusCode(200).body("happenedOn", equalTo("2026-09-30"));
        post("{\"happenedOn\":\"2026-01-05\"}").statusCode(200);
        post("{}").statusCode(200);
        post("{\"happenedOn\":\"2026-10-01\"}").statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:govopen:problem:validation"))
                .body("violations[0].field", equalTo("happenedOn"))
                .body("violations[0].message", containsString("不能晚于今天"))
                .body("violations[0].message", containsString("2026-09-30"));
    }

    @Test
    void aTimeCountsByItsDayInShanghai() {
        post("{\"happenedAt\":\"2026-09-30T23:59:00+08:00\"}").statusCode(200);
        post("{\"happenedAt\":\"2026-09-30T16:30:00Z\"}").statusCode(400) // 2026-10-01 00:30 in Shanghai
                .body("violations[0].field", equalTo("happenedAt"));
    }

    @Test
    void eachDayOfAListIsChecked() {
        post("{\"days\":[\"2026-09-29\",\"2026-10-02\"]}").statusCode(400)
                .body("violations[0].field", equalTo("days[1]"));
    }

    @Test
    void todayMovesWithTheClockNotWithTheSystemClock() {
        post("{\"happenedOn\":\"2026-10-08\"}").statusCode(400);
        clock.setDay(LocalDate.parse("2026-10-08"));
        post("{\"happenedOn\":\"2026-10-08\"}").statusCode(200);
        clock.setDay(LocalDate.parse("2020-03-02"));
        post("{\"happenedOn\":\"2026-01-05\"}").statusCode(400)
                .body("violations[0].message", containsString("2020-03-02"));
    }
}
