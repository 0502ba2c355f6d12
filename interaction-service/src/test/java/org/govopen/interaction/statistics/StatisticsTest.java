package org.govopen.interaction.statistics;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.comparesEqualTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.govopen.interaction.InteractionTestSupport;
import org.govopen.testing.GovOpenTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue 10 §6 (seed 002: statistics published weekly or monthly): what a reader of the public statistics sees for the
 * messages received in a period — through the API, the CSV and the page — after messages went through dispatch,
 * reassignment, replies on time and late, ratings and a reopening.
 */
@QuarkusTest
@GovOpenTest
class StatisticsTest extends InteractionTestSupport {

    static final String HUANBAO = "nanning/qingxiu/huanbao";
    static final String JIAOTONG = "nanning/qingxiu/jiaotong";
    static final String XINGNING = "nanning/xingning";

    static final RestAssuredConfig DECIMALS = RestAssuredConfig.config()
            .jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));

    static JsonPath stats(String query) {
        return given().config(DECIMALS).get("/api/v1/statistics?" + query).then().statusCode(200)
                .contentType("application/json").extract().jsonPath(JsonPathConfig.jsonPathConfig()
                        .numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> unit(JsonPath answer, String unit) {
        List<Map<String, Object>> units = answer.getList("units");
        return units.stream().filter(u -> unit.equals(u.get("unit"))).findFirst()
                .orElseThrow(() -> new AssertionError(unit + " not in " + units));
    }

    static List<String> units(JsonPath answer) {
        return answer.getList("units.unit");
    }

    static void number(Map<String, Object> row, String field, String expected) {
        Object value = row.get(field);
        assertThat(field + " of " + row.get("unit"), value == null ? null : new BigDecimal(value.toString()),
                expected == null ? nullValue() : comparesEqualTo(new BigDecimal(expected)));
    }

    @Test
    @DisplayName("issue 10 §6: received, replied, on time, overdue (late or open past due), times to reply, satisfaction; "
            + "a unit below the minimum count listed but not ranked; the same figures as CSV and on the page")
    void figuresOfAPeriod() {
        // Monday 2 November 09:00: ten messages for the housing bureau (two of them questions), one that will be moved
        // from the transport to the environment bureau, and one at another district's desk that nobody dispatches
        List<JsonPath> z = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            String category = i >= 9 ? "CONSULTATION" : "COMPLAINT";
            z.add(write(message("小区问题 " + i, "小区第 " + i + " 栋的问题，请处理。", category, DESK, true)));
        }
        JsonPath h = write(message("河道污染", "河道有异味，请处理。", "COMPLAINT", DESK, false));
        JsonPath x = write(message("路灯不亮", "路灯不亮，请处理。", "COMPLAINT", XINGNING, false));
        at("2026-11-02T09:30:00+08:00");
        for (JsonPath m : z) {
            dispatch(m.getString("id"), false, BUREAU).statusCode(200);
        }
        dispatch(h.getString("id"), false, JIAOTONG).statusCode(200);

        JsonPath monday = stats("period=week&from=2026-11-04&unit=" + DESK);
        assertThat(monday.getString("period.from"), equalTo("2026-11-02"));
        assertThat(monday.getString("period.to"), equalTo("2026-11-08"));
        assertThat(unit(monday, BUREAU).get("received"), equalTo(10));
        assertThat(unit(monday, BUREAU).get("replied"), equalTo(0));
        assertThat(unit(monday, JIAOTONG).get("received"), equalTo(1));

        // Tuesday: moved to the environment bureau (改派), which replies the same day: 1 working day, 24 hours
        at("2026-11-03T09:00:00+08:00");
        post("clerk", DESK, "/api/v1/messages/" + h.getString("id") + "/reassign",
                Map.of("leadUnit", HUANBAO, "reason", "属环保局职责")).statusCode(200);
        post("handler", HUANBAO, "/api/v1/messages/" + h.getString("id") + "/reply",
                Map.of("text", "已安排清理河道。", "unitName", "青秀区环境保护局")).statusCode(200);
        post("reviewer", DESK, "/api/v1/messages/" + h.getString("id") + "/reply/release", null).statusCode(200);

        // the housing bureau: four replies on Wednesday (2 working days, 48 h), three on Thursday (3, 72 h), two late on
        // the next Wednesday (7, 216 h; due Monday 9 November); the tenth stays unanswered
        at("2026-11-04T09:00:00+08:00");
        for (int i = 0; i < 4; i++) {
            reply(z.get(i).getString("id"), "已处理。").statusCode(200);
        }
        at("2026-11-05T09:00:00+08:00");
        for (int i = 4; i < 7; i++) {
            reply(z.get(i).getString("id"), "已处理。").statusCode(200);
        }
        at("2026-11-11T09:00:00+08:00");
        for (int i = 7; i < 9; i++) {
            reply(z.get(i).getString("id"), "已处理。").statusCode(200);
        }
        // ratings: three satisfied levels, one 不满意 that reopens its case (重办: open again, not overdue yet)
        at("2026-11-11T10:00:00+08:00");
        rate(z.get(0), "SATISFIED").statusCode(200);
        rate(z.get(1), "VERY_SATISFIED").statusCode(200);
        rate(z.get(4), "BASICALLY_SATISFIED").statusCode(200);
        rate(z.get(7), "DISSATISFIED").statusCode(200);
        at("2026-11-11T12:00:00+08:00");

        JsonPath month = stats("period=month&from=2026-11-11&unit=" + DESK);
        assertThat(month.getString("period.kind"), equalTo("MONTH"));
        assertThat(month.getString("period.from"), equalTo("2026-11-01"));
        assertThat(month.getString("period.to"), equalTo("2026-11-30"));
        assertThat(month.getInt("minCountToRank"), equalTo(10));
        // the transport bureau's row went with the message it no longer has
        assertThat(units(month), equalTo(List.of(BUREAU, HUANBAO)));

        Map<String, Object> bureau = unit(month, BUREAU);
        assertThat(bureau.get("received"), equalTo(10));
        assertThat(bureau.get("replied"), equalTo(8));
        assertThat(bureau.get("repliedOnTime"), equalTo(7));
        assertThat("one replied late, one open past its due date", bureau.get("overdue"), equalTo(2));
        number(bureau, "onTimeRate", "0.7778");
        number(bureau, "averageWorkingDays", "3.00");
        number(bureau, "medianWorkingDays", "2.5");
        number(bureau, "averageHours", "78.00");
        number(bureau, "medianHours", "60.0");
        assertThat(bureau.get("rated"), equalTo(4));
        number(bureau, "satisfactionRate", "0.75");
        assertThat(bureau.get("returns"), equalTo(0));
        assertThat(bureau.get("reassignments"), equalTo(0));
        assertThat(bureau.get("ranked"), is(true));
        assertThat(bureau.get("rank"), equalTo(1));
        assertThat(bureau.get("categories"), nullValue());

        Map<String, Object> huanbao = unit(month, HUANBAO);
        assertThat(huanbao.get("received"), equalTo(1));
        assertThat(huanbao.get("repliedOnTime"), equalTo(1));
        number(huanbao, "onTimeRate", "1");
        number(huanbao, "averageWorkingDays", "1");
        number(huanbao, "medianHours", "24");
        number(huanbao, "satisfactionRate", null);
        assertThat(huanbao.get("reassignments"), equalTo(1));
        assertThat("1 message is below the minimum of 10", huanbao.get("ranked"), is(false));
        assertThat(huanbao.get("rank"), nullValue());

        assertThat(month.getInt("totals.received"), equalTo(11));
        assertThat(month.getInt("totals.replied"), equalTo(9));
        assertThat(month.getInt("totals.overdue"), equalTo(2));
        assertThat(month.getInt("totals.reassignments"), equalTo(1));

        // the week read from the daily rows gives the same figures as the month read from the monthly ones
        Map<String, Object> week = unit(stats("period=week&from=2026-11-02&unit=" + DESK), BUREAU);
        for (String field : List.of("received", "replied", "repliedOnTime", "overdue", "onTimeRate", "averageWorkingDays",
                "medianWorkingDays", "averageHours", "medianHours", "rated", "satisfactionRate")) {
            assertThat(field, String.valueOf(week.get(field)), equalTo(String.valueOf(bureau.get(field))));
        }

        // without a unit: the other district's undispatched message, open past its due date, counts at its office
        JsonPath all = stats("period=month&from=2026-11-01");
        assertThat(unit(all, XINGNING).get("received"), equalTo(1));
        assertThat(unit(all, XINGNING).get("overdue"), equalTo(1));
        number(unit(all, XINGNING), "onTimeRate", "0");
        assertThat(all.getInt("totals.received"), equalTo(12));
        assertThat(all.getInt("totals.overdue"), equalTo(3));

        // per category within a unit; and one category alone
        JsonPath byCategory = stats("period=month&from=2026-11-01&unit=" + BUREAU + "&by=unit,category");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> categories = (List<Map<String, Object>>) unit(byCategory, BUREAU).get("categories");
        assertThat(categories.get(0).get("category"), equalTo("COMPLAINT"));
        assertThat(categories.get(0).get("label"), equalTo("投诉"));
        assertThat(categories.get(0).get("received"), equalTo(8));
        assertThat(categories.get(0).get("overdue"), equalTo(0));
        assertThat(categories.get(1).get("category"), equalTo("CONSULTATION"));
        assertThat(categories.get(1).get("received"), equalTo(2));
        assertThat(categories.get(1).get("overdue"), equalTo(2));
        JsonPath questions = stats("period=month&from=2026-11-01&category=CONSULTATION");
        assertThat(questions.getInt("totals.received"), equalTo(2));
        assertThat(unit(questions, BUREAU).get("ranked"), is(false));

        // a custom period without these days of receipt
        JsonPath later = stats("period=custom&from=2026-11-03&to=2026-12-31");
        assertThat(later.getInt("totals.received"), equalTo(0));
        assertThat(units(later), equalTo(List.of()));

        // CSV: BOM, Chinese headers, one line per unit, then 合计
        var csv = given().get("/api/v1/statistics.csv?period=month&from=2026-11-01&unit=" + DESK).then().statusCode(200)
                .header("Content-Type", startsWith("text/csv")).header("Content-Type", containsString("UTF-8"))
                .extract().asByteArray();
        assertThat(csv[0] & 0xff, equalTo(0xEF));
        assertThat(csv[1] & 0xff, equalTo(0xBB));
        assertThat(csv[2] & 0xff, equalTo(0xBF));
        List<String> lines = List.of(new String(csv, StandardCharsets.UTF_8).substring(1).split("\r\n"));
        assertThat(lines.get(0), equalTo("统计期间,单位,类别,留言数,已回复,按时回复,超期,按时回复率（%）,平均回复用时（工作日）,"
                + "回复用时中位数（工作日）,平均回复用时（小时）,回复用时中位数（小时）,已评价,满意率（%）,退单,改派,排名"));
        assertThat(lines, hasItem("2026-11-01 至 2026-11-30,nanning/qingxiu/zhujian,全部,10,8,7,2,77.78,3.00,2.5,78.00,60.0,4,75.00,0,0,1"));
        assertThat(lines.get(lines.size() - 1), startsWith("2026-11-01 至 2026-11-30,合计,全部,11,9,8,2,"));

        // the public page
        String page = given().get("/statistics?period=month&from=2026-11-01&unit=" + DESK).then().statusCode(200)
                .header("Content-Type", startsWith("text/html")).extract().asString();
        assertThat(page, containsString("政民互动统计（2026年11月）"));
        assertThat(page, containsString("<td class=\"unit\">nanning/qingxiu/zhujian</td><td>10</td><td>8</td><td>7</td><td>2</td>"
                + "<td>77.8%</td><td>3.00</td><td>2.5</td><td>78.00</td><td>60.0</td><td>4</td><td>75.0%</td>"));
        assertThat(page, containsString("少于 10 件的单位列出但不参加排名"));
    }

    @Test
    @DisplayName("issue 10 §6: a bad period, date, range, unit, category or breakdown is a 400 naming the parameter")
    void badParametersAreNamed() {
        Map<String, String> cases = Map.of(
                "period=fortnight", "period",
                "period=custom&from=2026-11-10&to=2026-11-01", "to",
                "period=custom&from=2026-01-01&to=2027-01-02", "to",
                "period=custom&to=2026-11-01", "from",
                "period=month&from=2026-13-01", "from",
                "period=month&to=2026-11-30", "to",
                "unit=Nanning/QX!", "unit",
                "category=GOSSIP", "category",
                "by=category", "by");
        for (var c : cases.entrySet()) {
            for (String path : List.of("/api/v1/statistics", "/api/v1/statistics.csv", "/statistics")) {
                given().get(path + "?" + c.getKey()).then().statusCode(400).contentType("application/problem+json")
                        .body("violations[0].field", equalTo(c.getValue()));
            }
        }
        // 366 days is allowed (a leap year's worth)
        stats("period=custom&from=2027-01-01&to=2028-01-01");
        assertThat(stats("period=year&from=2026-06-15").getString("period.to"), equalTo("2026-12-31"));
        assertThat("month by default", stats("by=unit").getString("period.kind"), equalTo("MONTH"));
    }
}
