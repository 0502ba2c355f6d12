package org.govopen.console.messaging;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.govopen.commons.events.Topics;
import org.govopen.console.ConsoleTestSupport;
import org.govopen.testing.GovOpenTest;
import org.govopen.testing.RecordedEvent;
import org.govopen.testing.TopicPublisher;
import org.govopen.testing.TopicRecorder;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue 11 §2: alerts in from the real broker — one alert per alert id whatever the deliveries (with a duplicate
 * count), one group per case, resolved by its service, reopened under the same id; unreadable alerts parked.
 */
@QuarkusTest
@GovOpenTest
class AlertIntakeTest extends ConsoleTestSupport {

    @Test
    @DisplayName("a warning and then a breach of one application are one group at the breach's level, due at the breach's due time")
    void oneGroupPerCase() {
        String app = UUID.randomUUID().toString();
        String group = groupIdOf("request", "application", app);
        warning(app, DISTRICT);
        awaitGroup(group, g -> g.getInt("group.alertCount") == 1);
        breach(app, DISTRICT);
        JsonPath g = awaitGroup(group, j -> j.getInt("group.alertCount") == 2);
        assertEquals("BREACH", g.getString("group.level"));
        assertEquals("OPEN", g.getString("group.status"));
        assertEquals(DISTRICT, g.getString("group.unit"));
        assertEquals("http://127.0.0.1:8082/api/v1/applications/" + app, g.getString("group.caseUrl"));
        assertEquals(2, g.getList("alerts").size());
        assertEquals("ESCALATED", g.getString("history[0].action"), "the breach raised the level: " + g.prettify());
    }

    @Test
    @DisplayName("an alert delivered three times is one alert with two duplicates")
    void redeliveredAlertIsOneAlert() {
        String app = UUID.randomUUID().toString();
        String group = groupIdOf("request", "application", app);
        String alertId = UUID.randomUUID().toString();
        for (int i = 0; i < 3; i++) {
            deadlineAlert("BREACH", "request", "application", app, "reply", DISTRICT, NOW.minusHours(1), alertId);
        }
        JsonPath g = awaitGroup(group, j -> j.getInt("group.duplicateCount") == 2);
        assertEquals(1, g.getInt("group.alertCount"));
        assertEquals(1, g.getList("alerts").size());
        assertEquals(2, g.getInt("alerts[0].duplicates"));
    }

    @Test
    @DisplayName("the service's resolution resolves the group and it leaves the open list; a new alert of the case opens the same group")
    void resolvedByItsServiceAndReopened() {
        String app = UUID.randomUUID().toString();
        String group = groupIdOf("request", "application", app);
        breach(app, DISTRICT);
        awaitGroup(group, g -> g.getInt("group.alertCount") == 1);
        get(CITY, "/api/v1/alert-groups?size=500").statusCode(200).body("items.id", hasItem(group));
        resolved(app, DISTRICT);
        JsonPath g = awaitGroup(group, j -> "RESOLVED".equals(j.getString("group.status")));
        assertEquals("业务系统", g.getString("group.resolvedBy"));
        assertEquals("RESOLVED_BY_SERVICE", g.getString("history[-1].action"));
        get(CITY, "/api/v1/alert-groups?size=500").statusCode(200).body("items.id", not(hasItem(group)));
        get(CITY, "/api/v1/alert-groups?status=RESOLVED&size=500").statusCode(200).body("items.id", hasItem(group));

        warning(app, DISTRICT);
        JsonPath again = awaitGroup(group, j -> "OPEN".equals(j.getString("group.status")));
        assertEquals("WARNING", again.getString("group.level"));
        assertEquals("REOPENED", again.getString("history[-1].action"));
    }

    @Test
    @DisplayName("a resolution ends only its own deadline's alerts: the case's other breach keeps the group open")
    void resolutionEndsItsOwnKind() {
        String app = UUID.randomUUID().toString();
        String group = groupIdOf("request", "application", app);
        breach(app, DISTRICT);
        deadlineAlert("BREACH", "request", "application", app, "fee-payment", DISTRICT, NOW.minusHours(1), UUID.randomUUID().toString());
        awaitGroup(group, g -> g.getInt("group.alertCount") == 2);
        resolved(app, DISTRICT); // the reply deadline
        JsonPath g = awaitGroup(group, j -> j.getInt("group.alertCount") == 3);
        assertEquals("OPEN", g.getString("group.status"));
        assertEquals("BREACH", g.getString("group.level"));
    }

    @Test
    @DisplayName("a resolution that overtakes its alerts still ends them: the breach that comes after it, fired before it, opens nothing")
    void resolutionBeforeItsAlerts() {
        String app = UUID.randomUUID().toString();
        String group = groupIdOf("request", "application", app);
        OffsetDateTime breachFired = OffsetDateTime.now(ZoneOffset.ofHours(8)).minusMinutes(5);
        deadlineAlert("RESOLVED", "request", "application", app, "reply", DISTRICT, NOW.plusDays(1), UUID.randomUUID().toString(),
                breachFired.plusMinutes(1));
        JsonPath first = awaitGroup(group, j -> j.getInt("group.alertCount") == 1);
        assertEquals("RESOLVED", first.getString("group.status"), first.prettify());
        assertEquals(DISTRICT, first.getString("group.unit"), "seen by the district's operators among the resolved");
        deadlineAlert("BREACH", "request", "application", app, "reply", DISTRICT, NOW.minusHours(2), UUID.randomUUID().toString(),
                breachFired);
        JsonPath g = awaitGroup(group, j -> j.getInt("group.alertCount") == 2);
        assertEquals("RESOLVED", g.getString("group.status"), g.prettify());
        assertEquals(true, g.getBoolean("alerts[0].resolved"), "the breach, ended by the resolution that came first");
        get(CITY, "/api/v1/alert-groups?size=500").statusCode(200).body("items.id", not(hasItem(group)));
        // a later breach of another deadline of the case opens it again
        deadlineAlert("BREACH", "request", "application", app, "fee-payment", DISTRICT, NOW.minusHours(1), UUID.randomUUID().toString());
        assertEquals("BREACH", awaitGroup(group, j -> "OPEN".equals(j.getString("group.status"))).getString("group.level"));
    }

    @Test
    @DisplayName("an operator sees the alerts of their unit and below: another district's operator neither lists nor reads them")
    void unitScope() {
        String app = UUID.randomUUID().toString();
        String group = groupIdOf("request", "application", app);
        breach(app, DISTRICT + "/xinzhu");
        awaitGroup(group, g -> g.getInt("group.alertCount") == 1);
        get(DISTRICT, "/api/v1/alert-groups?size=500").statusCode(200).body("items.id", hasItem(group));
        get(OTHER_DISTRICT, "/api/v1/alert-groups?size=500").statusCode(200).body("items.id", not(hasItem(group)));
        get(OTHER_DISTRICT, "/api/v1/alert-groups/" + group).statusCode(403);
        get(OTHER_DISTRICT, "/api/v1/alert-groups?unit=" + DISTRICT).statusCode(403);
        get(DISTRICT, "/api/v1/alert-groups/counts").statusCode(200)
                .body("find { it.unit == '" + DISTRICT + "/xinzhu' }.breaches", equalTo(1));
    }

    @Test
    @DisplayName("an incident's missed window escalated by sentiment-service sits in the incident's group with its deadline alerts")
    void escalationJoinsTheIncidentsGroup() {
        String incident = UUID.randomUUID().toString();
        String group = groupIdOf("sentiment", "incident", incident);
        deadlineAlert("WARNING", "sentiment", "incident", incident, "facts", DISTRICT, NOW.plusMinutes(30), UUID.randomUUID().toString());
        TopicPublisher.publish(Topics.ALERTS, incident, UUID.randomUUID().toString(), "govopen.alert.sentiment.escalated", "/govopen/sentiment", """
                {"alertId":"%s","incidentId":"%s","number":"YQ2026-000042","window":"FACTS","level":"MAJOR","unit":"%s",
                 "escalatedTo":"nanning","step":1,"stepKind":"DISCLOSURE_OFFICE","dueAt":"%s","escalatedAt":"%s",
                 "message":"【舆情升级】YQ2026-000042 未在时限内发布客观事实，已升级至市政务公开办"}"""
                .formatted(UUID.randomUUID(), incident, DISTRICT, NOW.minusMinutes(5), NOW));
        JsonPath g = awaitGroup(group, j -> j.getInt("group.alertCount") == 2);
        assertEquals("BREACH", g.getString("group.level"));
        assertEquals("YQ2026-000042", g.getString("group.ref"));
        resolved(incident, DISTRICT); // not of "facts": the incident's group stays
        deadlineAlert("RESOLVED", "sentiment", "incident", incident, "facts", DISTRICT, NOW.plusMinutes(30), UUID.randomUUID().toString());
        awaitGroup(group, j -> "RESOLVED".equals(j.getString("group.status")));
    }

    @Test
    @DisplayName("an alert that cannot be read goes to govopen.dlq.console; the ones beside it are taken in")
    void poisonIsParked() {
        String app = UUID.randomUUID().toString();
        try (TopicRecorder dlq = TopicRecorder.of("govopen.dlq.console")) {
            String bad = TopicPublisher.publish(Topics.ALERTS, app, UUID.randomUUID().toString(), "govopen.alert.deadline.breach",
                    "/govopen/request", "{\"alertId\":\"x\",\"service\":\"request\"}");
            breach(app, DISTRICT);
            RecordedEvent parked = dlq.await(e -> bad.equals(e.id()), Duration.ofSeconds(20));
            assertEquals(app, parked.subject());
        }
        awaitGroup(groupIdOf("request", "application", app), g -> g.getInt("group.alertCount") == 1);
    }
}
