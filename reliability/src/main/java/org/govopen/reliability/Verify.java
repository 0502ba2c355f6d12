package org.govopen.reliability;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.stream.Collectors;
import org.apache.kafka.common.TopicPartition;

/**
 * After a run: is every acknowledged write readable, and is its event on its topic (once)? And how long was a
 * service unavailable, as its clients saw it?
 */
final class Verify {

    static final String REQUEST_TOPIC = "govopen.request.events";
    static final String CATALOG_TOPIC = "govopen.catalog.events";

    /** The event each kind of write announces, and where. */
    record Expectation(Load.Kind kind, String topic, String type) {
    }

    static final List<Expectation> EXPECTED = List.of(
            new Expectation(Load.Kind.REGISTRATION, REQUEST_TOPIC, "govopen.request.application.registered"),
            new Expectation(Load.Kind.DOCUMENT, CATALOG_TOPIC, "govopen.catalog.document.attribute-changed"),
            new Expectation(Load.Kind.UNIT, CATALOG_TOPIC, "govopen.catalog.unit.changed"));

    /**
     * Figures of one kind of write. {@code duplicateEvents}: extra copies of one {@code ce_id} (fine for
     * at-least-once); {@code aggregatesWithSeveral}: aggregates with more than one such event;
     * {@code aggregatesWithDistinctIds}: of those, with different {@code ce_id}s (a write announced twice);
     * {@code storedUnacknowledged}: events of writes whose client got no 2xx (committed, answer lost).
     */
    record Figures(Load.Kind kind, long acknowledged, long lost, long eventsLost, long duplicateEvents,
                   long aggregatesWithSeveral, long aggregatesWithDistinctIds, long storedUnacknowledged,
                   List<String> lostSamples, List<String> eventsLostSamples) {
    }

    record Totals(long acknowledged, long lost, long eventsLost, long duplicateEvents, long aggregatesWithSeveral,
                  long aggregatesWithDistinctIds, long storedUnacknowledged) {
        static Totals of(List<Figures> f) {
            return new Totals(f.stream().mapToLong(Figures::acknowledged).sum(), f.stream().mapToLong(Figures::lost).sum(),
                    f.stream().mapToLong(Figures::eventsLost).sum(), f.stream().mapToLong(Figures::duplicateEvents).sum(),
                    f.stream().mapToLong(Figures::aggregatesWithSeveral).sum(),
                    f.stream().mapToLong(Figures::aggregatesWithDistinctIds).sum(),
                    f.stream().mapToLong(Figures::storedUnacknowledged).sum());
        }
    }

    /** Topic ends before the load, so that only the run's events are read afterwards. */
    static Map<String, Map<TopicPartition, Long>> topicEnds() {
        Map<String, Map<TopicPartition, Long>> m = new HashMap<>();
        for (String t : List.of(REQUEST_TOPIC, CATALOG_TOPIC)) {
            m.put(t, Events.ends(t));
        }
        return m;
    }

    static List<Figures> check(Stack stack, List<Load.Shot> shots, Map<String, Map<TopicPartition, Long>> from,
                               String clerkToken, String runUnitPrefix) throws InterruptedException {
        Map<String, List<Events.Event>> byTopic = new HashMap<>();
        for (String t : List.of(REQUEST_TOPIC, CATALOG_TOPIC)) {
            byTopic.put(t, Events.read(t, from.get(t), Duration.ofSeconds(120)));
            stack.log("read " + byTopic.get(t).size() + " events from " + t);
        }
        List<Figures> result = new ArrayList<>();
        for (Expectation x : EXPECTED) {
            List<String> acked = shots.stream().filter(s -> s.kind() == x.kind() && s.ok() && s.key() != null)
                    .map(Load.Shot::key).collect(Collectors.toList());
            Set<String> ackedSet = new HashSet<>(acked);
            List<String> lost = readBack(x.kind(), acked, clerkToken);
            Map<String, List<Events.Event>> bySubject = new HashMap<>();
            for (Events.Event e : byTopic.get(x.topic())) {
                if (x.type().equals(e.type()) && e.subject() != null) {
                    bySubject.computeIfAbsent(e.subject(), k -> new ArrayList<>()).add(e);
                }
            }
            List<String> eventsLost = acked.stream().filter(k -> !bySubject.containsKey(k)).collect(Collectors.toList());
            long dupEvents = 0;
            long several = 0;
            long distinct = 0;
            long unacked = 0;
            for (Map.Entry<String, List<Events.Event>> e : bySubject.entrySet()) {
                boolean ours = ackedSet.contains(e.getKey());
                if (!ours) {
                    // a unit of another run is not ours; documents and registrations after the topic ends are
                    if (x.kind() == Load.Kind.UNIT && !e.getKey().startsWith(runUnitPrefix)) {
                        continue;
                    }
                    unacked++;
                }
                List<Events.Event> evs = e.getValue();
                Set<String> ids = evs.stream().map(Events.Event::id).collect(Collectors.toSet());
                dupEvents += evs.size() - ids.size();
                if (evs.size() > 1) {
                    several++;
                    stack.log("several " + x.type() + " for " + e.getKey() + ": " + evs);
                }
                if (ids.size() > 1) {
                    distinct++;
                }
            }
            result.add(new Figures(x.kind(), acked.size(), lost.size(), eventsLost.size(), dupEvents, several, distinct,
                    unacked, lost.subList(0, Math.min(10, lost.size())), eventsLost.subList(0, Math.min(10, eventsLost.size()))));
        }
        return result;
    }

    /**
     * What the consumers made of the run's events, once they had up to {@code limitSeconds} to catch up:
     * catalog-service counts each acknowledged registration's event once as demand (its {@code processed_event}
     * row of consumer {@code catalog.request-events}), and request-service mirrors each acknowledged unit into
     * its {@code unit_directory}. A missing one is an event a consumer lost, for instance to a kill -9.
     */
    record Consumed(long registrations, long registrationsMissing, long units, long unitsMissing) {
        @Override
        public String toString() {
            return "consumers: catalog counted " + Fmt.n(registrations - registrationsMissing) + "/" + Fmt.n(registrations)
                    + " registrations, request mirrored " + Fmt.n(units - unitsMissing) + "/" + Fmt.n(units) + " units";
        }

        boolean complete() {
            return registrationsMissing == 0 && unitsMissing == 0;
        }
    }

    static Consumed consumed(Stack stack, List<Load.Shot> shots, Map<String, Map<TopicPartition, Long>> from,
                             long limitSeconds) throws Exception {
        Set<String> registrations = shots.stream().filter(s -> s.kind() == Load.Kind.REGISTRATION && s.ok() && s.key() != null)
                .map(Load.Shot::key).collect(Collectors.toSet());
        Set<String> units = shots.stream().filter(s -> s.kind() == Load.Kind.UNIT && s.ok() && s.key() != null)
                .map(Load.Shot::key).collect(Collectors.toSet());
        Set<String> eventIds = new HashSet<>();
        for (Events.Event e : Events.read(REQUEST_TOPIC, from.get(REQUEST_TOPIC), Duration.ofSeconds(120))) {
            if ("govopen.request.application.registered".equals(e.type()) && registrations.contains(e.subject())) {
                eventIds.add(e.id());
            }
        }
        long until = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(limitSeconds);
        Set<String> counted;
        Set<String> mirrored;
        while (true) {
            counted = present("catalog", "select event_id from processed_event where consumer = 'catalog.request-events'", eventIds);
            mirrored = present("request", "select unit from unit_directory", units);
            if ((counted.size() == eventIds.size() && mirrored.size() == units.size()) || System.nanoTime() > until) {
                break;
            }
            sleep(1000);
        }
        Set<String> missingUnits = new HashSet<>(units);
        missingUnits.removeAll(mirrored);
        missingUnits.stream().limit(10).forEach(u -> stack.finding("unit " + u + " acknowledged by catalog, not mirrored by request"));
        if (counted.size() < eventIds.size()) {
            stack.finding((eventIds.size() - counted.size()) + " registration events not counted by catalog (of " + eventIds.size() + ")");
        }
        return new Consumed(eventIds.size(), eventIds.size() - counted.size(), units.size(), units.size() - mirrored.size());
    }

    /** Those of {@code wanted} that the query's single column returns. */
    private static Set<String> present(String service, String sql, Set<String> wanted) {
        Set<String> found = new HashSet<>();
        try (java.sql.Connection c = Stack.db(service); java.sql.ResultSet rs = c.createStatement().executeQuery(sql)) {
            while (rs.next()) {
                if (wanted.contains(rs.getString(1))) {
                    found.add(rs.getString(1));
                }
            }
        } catch (Exception e) {
            // the database is restarting: nothing counted this time
        }
        return found;
    }

    /** Acknowledged writes that cannot be read back (404, or no 200 after three tries). */
    private static List<String> readBack(Load.Kind kind, List<String> keys, String clerkToken) throws InterruptedException {
        List<String> lost = Collections.synchronizedList(new ArrayList<>());
        Semaphore permits = new Semaphore(8);
        List<CompletableFuture<?>> all = new ArrayList<>();
        for (String key : keys) {
            permits.acquire();
            all.add(CompletableFuture.runAsync(() -> {
                try {
                    String url = switch (kind) {
                        case REGISTRATION -> Stack.url("request") + "/api/v1/applications/" + key;
                        case DOCUMENT -> Stack.url("catalog") + "/api/v1/documents/" + key;
                        case UNIT -> Stack.url("catalog") + "/api/v1/units/" + key;
                        case PROBE -> throw new IllegalArgumentException();
                    };
                    Http.Answer a = null;
                    for (int attempt = 0; attempt < 3; attempt++) {
                        a = Http.send(Http.get(url, clerkToken));
                        if (a.status() == 200 || a.status() == 404) {
                            break;
                        }
                        sleep(1000);
                    }
                    if (a.status() != 200) {
                        lost.add(kind + " " + key + " → " + a.describe() + " " + Fmt.prefix(a.body(), 160));
                    }
                } finally {
                    permits.release();
                }
            }));
        }
        CompletableFuture.allOf(all.toArray(new CompletableFuture[0])).join();
        return lost;
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // --- availability ---------------------------------------------------------------------------------

    /**
     * As the clients of one service saw it: from the first failed request to the first successful one sent after
     * the last failure. {@code failed}: requests without a 2xx (client saturation not counted).
     */
    record Outage(long failed, long firstFailure, long recovered, Map<Integer, Long> statuses) {
        boolean any() {
            return failed > 0;
        }

        double seconds() {
            return recovered < 0 ? Double.NaN : Fmt.secs(recovered - firstFailure);
        }
    }

    static Outage outage(List<Load.Shot> shots, java.util.function.Predicate<Load.Shot> which) {
        List<Load.Shot> mine = shots.stream().filter(which).filter(s -> s.status() != Load.SATURATED).collect(Collectors.toList());
        Map<Integer, Long> statuses = new TreeMap<>(mine.stream().collect(Collectors.groupingBy(Load.Shot::status, Collectors.counting())));
        List<Load.Shot> failures = mine.stream().filter(s -> !s.ok()).collect(Collectors.toList());
        if (failures.isEmpty()) {
            return new Outage(0, -1, -1, statuses);
        }
        long first = failures.stream().mapToLong(Load.Shot::done).min().getAsLong();
        long lastSent = failures.stream().mapToLong(Load.Shot::sent).max().getAsLong();
        long recovered = mine.stream().filter(s -> s.ok() && s.sent() > lastSent).mapToLong(Load.Shot::done).min().orElse(-1);
        return new Outage(failures.size(), first, recovered, statuses);
    }

    /** Statuses of the requests sent in [from, to] (System.nanoTime), by kind of request. */
    static Map<String, Map<Integer, Long>> statusesBetween(List<Load.Shot> shots, long from, long to) {
        Map<String, Map<Integer, Long>> m = new LinkedHashMap<>();
        for (Load.Shot s : shots) {
            if (s.sent() >= from && s.sent() <= to) {
                String k = s.kind() == Load.Kind.PROBE ? "probes" : "writes";
                m.computeIfAbsent(k, x -> new TreeMap<>()).merge(s.status(), 1L, Long::sum);
            }
        }
        return m;
    }

    /** Samples of failed writes, one per (kind, status, first 80 chars of the answer). */
    static List<String> failureSamples(List<Load.Shot> shots, int max) {
        Map<String, String> samples = new LinkedHashMap<>();
        for (Load.Shot s : shots) {
            if (!s.ok() && s.status() >= 500) {
                String sig = s.kind() + " " + s.status() + " " + Fmt.prefix(s.sample(), 80);
                samples.putIfAbsent(sig, s.kind() + " on " + s.service() + " → " + s.status() + " " + Fmt.prefix(s.sample(), 240));
            }
        }
        return samples.values().stream().limit(max).collect(Collectors.toList());
    }

    static String url(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
