package org.govopen.commons.calendar;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.govopen.testing.GovOpenTest;
import org.junit.jupiter.api.Test;

/** The calendar API of rules.md §1, served by every service. */
@QuarkusTest
@GovOpenTest
class CalendarApiTest {

    @Test
    void aMakeUpSaturdayIsAWorkingDay() {
        given().get("/api/v1/calendar/days/2026-10-10").then().statusCode(200)
                .body("date", equalTo("2026-10-10"))
                .body("workingDay", equalTo(true))
                .body("makeUpWorkday", equalTo(true))
                .body("makeUpFor", equalTo("国庆节"))
                .body("offDayName", nullValue())
                .body("provisional", equalTo(false));
    }

    @Test
    void aHolidayIsNamed() {
        given().get("/api/v1/calendar/days/2026-10-01").then().statusCode(200)
                .body("workingDay", equalTo(false))
                .body("kind", equalTo("HOLIDAY"))
                .body("offDayName", equalTo("国庆节"));
    }

    @Test
    void aYearWithoutNoticeIsProvisional() {
        given().get("/api/v1/calendar/days/2027-02-08").then().statusCode(200)
                .body("workingDay", equalTo(true))
                .body("provisional", equalTo(true));
    }

    @Test
    void dueDateWithItsExplanation() {
        given().queryParam("from", "2026-09-30").queryParam("workingDays", 20)
                .get("/api/v1/calendar/due-date").then().statusCode(200)
                .body("from", equalTo("2026-09-30"))
                .body("workingDays", equalTo(20))
                .body("dueDate", equalTo("2026-11-03"))
                .body("dueAt", equalTo("2026-11-04T00:00:00+08:00"))
                .body("provisional", equalTo(false))
                .body("crossed", hasSize(8))
                .body("crossed[0].name", equalTo("国庆节"))
                .body("crossed[7].kind", equalTo("MAKE_UP_WORKDAY"));
    }

    @Test
    void pausesMoveTheDueDate() {
        given().queryParam("from", "2026-03-02").queryParam("workingDays", 20)
                .queryParam("pause", "2026-03-10..2026-03-16", "2026-03-20..2026-03-23")
                .get("/api/v1/calendar/due-date").then().statusCode(200)
                .body("dueDate", equalTo("2026-04-07"));
    }

    @Test
    void badParametersAreNamed() {
        given().queryParam("from", "2026-02-30")
                .get("/api/v1/calendar/due-date").then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", contains("from", "workingDays"));
        given().queryParam("from", "2026-03-02").queryParam("workingDays", 0).queryParam("pause", "2026-03-10")
                .get("/api/v1/calendar/due-date").then().statusCode(400)
                .body("violations.field", hasItems("workingDays", "pause[0]"));
        given().queryParam("from", "2026-03-02").queryParam("workingDays", 5)
                .queryParam("pause", "2026-03-10..2026-03-16", "2026-03-12..2026-03-20")
                .get("/api/v1/calendar/due-date").then().statusCode(400)
                .body("violations[0].field", equalTo("pause"));
        given().get("/api/v1/calendar/days/tomorrow").then().statusCode(400)
                .body("violations[0].field", equalTo("date"));
    }

    @Test
    void loadedYearsAndANotice() {
        given().get("/api/v1/calendar/years").then().statusCode(200)
                .body("", contains(2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026));
        given().get("/api/v1/calendar/years/2020").then().statusCode(200)
                .body("holidays.find { it.name == '春节' }.offDays.to", equalTo("2020-02-02"));
        given().get("/api/v1/calendar/years/2031").then().statusCode(404);
    }
}
