package org.govopen.walks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.govopen.client.sentiment.ApiClient;
import org.govopen.client.sentiment.ApiException;
import org.govopen.client.sentiment.api.IncidentsApi;
import org.govopen.client.sentiment.api.SignalsApi;
import org.govopen.client.sentiment.model.IncidentLevel;
import org.govopen.client.sentiment.model.IncidentView;
import org.govopen.client.sentiment.model.NewIncident;
import org.govopen.client.sentiment.model.ResponseWindowKind;
import org.govopen.client.sentiment.model.Signal;
import org.govopen.client.sentiment.model.SignalView;
import org.junit.jupiter.api.Test;

/** sentiment-service as a monitoring feed and the opinion desk's own screens use it. */
class SentimentServiceWalk {

    private final SignalsApi feed = new SignalsApi(client("feed"));
    private final IncidentsApi desk = new IncidentsApi(client("desk"));

    @Test
    void aFeedPushesASignalTwiceAndTheDeskOpensAnIncidentWithItsOneHourWindow() throws ApiException {
        Signal signal = new Signal().unit(Stack.UNIT).source("集成测试").url("https://walk.example/" + Stack.fresh("signal"))
                .title("集成测试 舆情信号 " + Stack.fresh("walk")).reads(10L);
        SignalView first = feed.push(signal);
        SignalView again = feed.push(signal);
        assertFalse(first.getRepeat());
        assertTrue(again.getRepeat());
        assertEquals(first.getId(), again.getId());

        OffsetDateTime established = OffsetDateTime.now().minusMinutes(5).truncatedTo(ChronoUnit.SECONDS);
        IncidentView opened = desk.open(new NewIncident().unit(Stack.UNIT).title("集成测试 舆情事件").level(IncidentLevel.MAJOR)
                .establishedAt(established).signalIds(List.of(first.getId())));

        IncidentView read = desk.getIncident(opened.getId());
        OffsetDateTime facts = read.getWindows().stream().filter(w -> w.getKind() == ResponseWindowKind.FACTS)
                .findFirst().orElseThrow().getDueAt();
        assertEquals(established.plusHours(1).toInstant(), facts.toInstant(), "facts within 1 hour of a major incident");
    }

    private static ApiClient client(String who) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(Stack.url("sentiment"));
        client.setRequestInterceptor(Stack.bearer(who));
        return client;
    }
}
