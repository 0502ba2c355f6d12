package org.govopen.console;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.govopen.commons.events.Topics;
import org.govopen.testing.TopicPublisher;
import org.govopen.testing.Tokens;

/** What the console's tests share: alerts put on the real topic as a service's outbox would, and the API as an operator. */
public abstract class ConsoleTestSupport {

    protected static final String CITY = "nanning";
    protected static final String DISTRICT = "nanning/qingxiu";
    protected static final String OTHER_DISTRICT = "nanning/xingning";
    protected static final OffsetDateTime NOW = OffsetDateTime.now(ZoneOffset.ofHours(8)).withNano(0);

    /** A deadline alert as the kernel's DeadlineAlerts writes it; the alert id is the event id. */
    protected static String deadlineAlert(String level, String service, String aggregateType, String aggregateId, String kind,
                                          String unit, OffsetDateTime dueAt, String alertId) {
        return deadlineAlert(level, service, aggregateType, aggregateId, kind, unit, dueAt, alertId, OffsetDateTime.now(ZoneOffset.ofHours(8)));
    }

    /** An alert fired at {@code firedAt}, as its service would publish it. */
    protected static String deadlineAlert(String level, String service, String aggregateType, String aggregateId, String kind,
                                          String unit, OffsetDateTime dueAt, String alertId, OffsetDateTime firedAt) {
        String stage = switch (level) {
            case "WARNING" -> "warning-1";
            case "BREACH" -> "breach";
            default -> "resolved";
        };
        String label = "申请 " + aggregateId.substring(0, 8) + " 的答复期限";
        String message = switch (level) {
            case "WARNING" -> "【期限预警】" + label + "将于" + dueAt.toLocalDate() + "到期，请及时办理";
            case "BREACH" -> "【已超期】" + label + "已于" + dueAt.toLocalDate() + "到期未办结";
            default -> "【已解除】" + label + "的期限提醒已解除";
        };
        String data = """
                {"alertId":"%s","level":"%s","service":"%s","deadlineKind":"%s","aggregateType":"%s","aggregateId":"%s",
                 "label":"%s","unit":"%s","dueAt":"%s","firedAt":"%s","provisional":false,"message":"%s","stage":"%s"}"""
                .formatted(alertId, level, service, kind, aggregateType, aggregateId, label, unit, dueAt, firedAt,
                        message, stage);
        TopicPublisher.publish(Topics.ALERTS, aggregateId, alertId, "govopen.alert.deadline." + level.toLowerCase(java.util.Locale.ROOT),
                "/govopen/" + service, data);
        return alertId;
    }

    protected static String breach(String applicationId, String unit) {
        return deadlineAlert("BREACH", "request", "application", applicationId, "reply", unit, NOW.minusHours(2),
                UUID.randomUUID().toString());
    }

    protected static String warning(String applicationId, String unit) {
        return deadlineAlert("WARNING", "request", "application", applicationId, "reply", unit, NOW.plusDays(1),
                UUID.randomUUID().toString());
    }

    protected static String resolved(String applicationId, String unit) {
        return deadlineAlert("RESOLVED", "request", "application", applicationId, "reply", unit, NOW.plusDays(1),
                UUID.randomUUID().toString());
    }

    protected static String groupIdOf(String service, String aggregateType, String aggregateId) {
        return org.govopen.console.domain.AlertGroup.idOf(service, aggregateType, aggregateId).toString();
    }

    protected static ValidatableResponse get(String unit, String path) {
        return given().header("Authorization", Tokens.bearer("operator", unit)).get(path).then();
    }

    protected static ValidatableResponse post(String unit, String path, Map<String, ?> body) {
        return given().header("Authorization", Tokens.bearer("operator", unit)).contentType("application/json").body(body)
                .post(path).then();
    }

    /** The group as the API shows it, once {@code until} holds (the topic is asynchronous), within 20 s. */
    protected static JsonPath awaitGroup(String groupId, Predicate<JsonPath> until) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        JsonPath last = null;
        while (System.nanoTime() < deadline) {
            var response = given().header("Authorization", Tokens.bearer("operator", CITY)).get("/api/v1/alert-groups/" + groupId);
            if (response.statusCode() == 200) {
                last = response.jsonPath();
                if (until.test(last)) {
                    return last;
                }
            }
            sleep(100);
        }
        throw new AssertionError("alert group " + groupId + " did not reach the state looked for; last seen: "
                + (last == null ? "none" : last.prettify()));
    }

    protected static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
