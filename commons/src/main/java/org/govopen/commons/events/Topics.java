package org.govopen.commons.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The topics of architecture.md § Events by their logical names (a deployment may prefix them), and their
 * settings, read from the one list {@code govopen/topics.tsv} that deploy/local and the manifests read too.
 */
public final class Topics {

    public static final String CATALOG_EVENTS = "govopen.catalog.events";
    /** Compacted: one record per calendar year, the latest notice wins. */
    public static final String REFERENCE_CALENDAR = "govopen.reference.calendar";
    public static final String REQUEST_EVENTS = "govopen.request.events";
    public static final String INTERACTION_EVENTS = "govopen.interaction.events";
    public static final String SENTIMENT_EVENTS = "govopen.sentiment.events";
    public static final String INBOUND_HOTLINE = "govopen.inbound.hotline";
    public static final String INBOUND_SIGNALS = "govopen.inbound.signals";
    public static final String ALERTS = "govopen.alerts";

    static final String LIST = "govopen/topics.tsv";
    private static final String SERVICE = "{service}";

    /** One line of the list: a topic and how it is created. */
    public record Topic(String name, int partitions, String cleanupPolicy, Optional<Long> retentionMs) {

        public boolean compacted() {
            return "compact".equals(cleanupPolicy);
        }
    }

    private static final List<Topic> LISTED = read();

    private Topics() {
    }

    /** Where a service's consumers put events they cannot process (one dead-letter topic per service). */
    public static String deadLetter(String service) {
        return "govopen.dlq." + service;
    }

    /** Every topic a service with short name {@code service} needs: the shared ones and its own dead-letter topic. */
    public static List<Topic> of(String service) {
        return LISTED.stream().map(t -> t.name().contains(SERVICE)
                ? new Topic(t.name().replace(SERVICE, service), t.partitions(), t.cleanupPolicy(), t.retentionMs()) : t)
                .toList();
    }

    private static List<Topic> read() {
        try (InputStream in = Topics.class.getClassLoader().getResourceAsStream(LIST)) {
            if (in == null) {
                throw new IllegalStateException(LIST + " is missing from the classpath");
            }
            List<Topic> topics = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                topics.add(new Topic(f[0], Integer.parseInt(f[1]), f[2],
                        "-".equals(f[3]) ? Optional.empty() : Optional.of(Long.parseLong(f[3]))));
            }
            return List.copyOf(topics);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
