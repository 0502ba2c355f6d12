package org.govopen.sentiment.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.govopen.commons.privacy.PersonalDataMasker;
import org.govopen.commons.time.GovClock;
import org.govopen.sentiment.domain.IncidentKind;
import org.govopen.sentiment.domain.Signal;

/**
 * Takes signals in (REST and {@code govopen.inbound.signals}): masks personal data in their text, and recognises a
 * repeat by its URL (normalised: scheme and host in lower case, no fragment, no tracking parameters, no trailing
 * slash) or by the hash of its normalised content (NFKC, lower case, without white space), within the desk's unit. A repeat raises the reach
 * figures (each is the platform's running count, so the highest seen is kept) and the sightings, never adds a row.
 * Two pushes of one signal at the same moment are serialised on transaction-scoped advisory locks of its keys.
 */
@ApplicationScoped
public class SignalIntake {

    /** What a feed saw, as the edge read it. */
    public record Incoming(String unit, String source, String url, String title, String text, String authorHandle,
                           OffsetDateTime seenAt, long reads, long reposts, long comments, String place, IncidentKind kind) {
    }

    public record Received(Signal signal, boolean repeat) {
    }

    @Inject
    EntityManager em;

    @Inject
    GovClock clock;

    @Inject
    EarlyWarnings warnings;

    @Transactional
    public Received receive(Incoming in) {
        OffsetDateTime now = clock.now();
        String title = PersonalDataMasker.maskText(in.title().strip());
        String text = in.text() == null || in.text().isBlank() ? null : PersonalDataMasker.maskText(in.text().strip());
        String urlKey = in.url() == null || in.url().isBlank() ? null : urlKey(in.url());
        String hash = contentHash(title, text);
        TreeSet<String> keys = new TreeSet<>(); // one order for every transaction: no deadlock between two pushes
        keys.add("signal-hash:" + in.unit() + ":" + hash);
        if (urlKey != null) {
            keys.add("signal-url:" + in.unit() + ":" + urlKey);
        }
        for (String key : keys) {
            em.createNativeQuery("select count(*) from pg_advisory_xact_lock(hashtextextended(:k, 0))")
                    .setParameter("k", key).getSingleResult();
        }
        OffsetDateTime seen = in.seenAt() == null ? now : in.seenAt();
        // a repeat is one the same desk already has: another unit's desk keeps its own signal (and sees nothing of this one)
        Optional<Signal> known = (urlKey == null
                ? Signal.<Signal>find("unit = ?1 and contentHash = ?2", in.unit(), hash)
                : Signal.<Signal>find("unit = ?1 and (urlKey = ?2 or contentHash = ?3) order by case when urlKey = ?2 then 0 else 1 end",
                        in.unit(), urlKey, hash))
                .firstResultOptional();
        if (known.isPresent()) {
            Signal s = known.get();
            s.reads = Math.max(s.reads, in.reads());
            s.reposts = Math.max(s.reposts, in.reposts());
            s.comments = Math.max(s.comments, in.comments());
            s.sightings++;
            if (seen.isAfter(s.lastSeenAt)) {
                s.lastSeenAt = seen;
            }
            if (seen.isBefore(s.firstSeenAt)) {
                s.firstSeenAt = seen;
            }
            if (s.urlKey == null && urlKey != null && Signal.count("unit = ?1 and urlKey = ?2", s.unit, urlKey) == 0) {
                s.urlKey = urlKey;
                s.url = in.url().strip();
            }
            if (s.kind == null) {
                s.kind = in.kind();
            }
            warnings.judge(s);
            return new Received(s, true);
        }
        Signal s = new Signal();
        s.id = UUID.randomUUID();
        s.unit = in.unit();
        s.source = in.source().strip();
        s.url = urlKey == null ? null : in.url().strip();
        s.urlKey = urlKey;
        s.contentHash = hash;
        s.title = title;
        s.body = text;
        s.authorHandle = in.authorHandle() == null || in.authorHandle().isBlank() ? null
                : PersonalDataMasker.maskText(in.authorHandle().strip());
        s.place = in.place();
        s.kind = in.kind();
        s.reads = in.reads();
        s.reposts = in.reposts();
        s.comments = in.comments();
        s.sightings = 1;
        s.firstSeenAt = seen;
        s.lastSeenAt = seen;
        s.receivedAt = now;
        s.persist();
        warnings.judge(s);
        return new Received(s, false);
    }

    /** The URL as a key: scheme and host lower case, default port, fragment and tracking parameters dropped. */
    static String urlKey(String url) {
        try {
            URI u = URI.create(url.strip());
            String host = u.getHost() == null ? "" : u.getHost().toLowerCase(Locale.ROOT);
            String path = u.getRawPath() == null ? "" : u.getRawPath();
            while (path.endsWith("/")) {
                path = path.substring(0, path.length() - 1);
            }
            String query = u.getRawQuery() == null ? "" : java.util.Arrays.stream(u.getRawQuery().split("&"))
                    .filter(p -> !p.isEmpty() && !isTracking(p.split("=", 2)[0])).sorted().collect(Collectors.joining("&"));
            String port = u.getPort() < 0 || u.getPort() == 80 || u.getPort() == 443 ? "" : ":" + u.getPort();
            return host + port + path + (query.isEmpty() ? "" : "?" + query);
        } catch (IllegalArgumentException e) {
            return url.strip().toLowerCase(Locale.ROOT);
        }
    }

    private static boolean isTracking(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.startsWith("utm_") || n.equals("spm") || n.equals("from") || n.equals("share_token") || n.equals("vd_source");
    }

    /** SHA-256 of title and text, normalised so that spacing and full-width forms do not make a new signal. */
    static String contentHash(String title, String text) {
        String normal = Normalizer.normalize(title + "\n" + (text == null ? "" : text), Normalizer.Form.NFKC)
                .toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normal.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
