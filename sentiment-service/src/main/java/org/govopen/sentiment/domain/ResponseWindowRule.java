package org.govopen.sentiment.domain;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Rules.md §4 — the response windows of a public-opinion incident, wall-clock hours counted from the time the
 * incident was established (seed 003 §三; 国办发〔2016〕80号 for 特别重大 and 重大 emergencies: factual information
 * within 1 hour in principle, authoritative information within 5 hours at the latest, a press conference within
 * 24 hours where there are major casualties or wide social impact; 国办发〔2016〕61号: every other incident within
 * 48 hours). The hours are configurable per level and unit ({@link Hours}); these are the shipped defaults.
 * <p>
 * A re-assessment that raises the level computes the windows again <em>from the original establishment time</em>,
 * never from the re-assessment: the caller always passes {@code establishedAt}, and nothing here knows another time.
 */
public final class ResponseWindowRule {

    /** The length of each window, and the points of a window (as fractions of it) at which a warning goes out. */
    public record Hours(Duration facts, Duration authoritativeInformation, Duration pressConference, Duration response,
                        List<Double> warnAt) {

        /** Seed 003 and the two State Council opinions; warnings at half and four fifths of each window. */
        public static final Hours DEFAULTS = new Hours(Duration.ofHours(1), Duration.ofHours(5), Duration.ofHours(24),
                Duration.ofHours(48), List.of(0.5, 0.8));

        public Hours {
            for (Duration d : new Duration[] {facts, authoritativeInformation, pressConference, response}) {
                if (d == null || d.isNegative() || d.isZero()) {
                    throw new IllegalArgumentException("a response window must be longer than zero: " + d);
                }
            }
            warnAt = List.copyOf(Objects.requireNonNull(warnAt));
            for (double f : warnAt) {
                if (!(f > 0 && f < 1)) {
                    throw new IllegalArgumentException("a warning point is a fraction of the window between 0 and 1: " + f);
                }
            }
        }

        Duration of(ResponseWindowKind kind) {
            return switch (kind) {
                case FACTS -> facts;
                case AUTHORITATIVE_INFORMATION -> authoritativeInformation;
                case PRESS_CONFERENCE -> pressConference;
                case RESPONSE -> response;
            };
        }
    }

    /** One window: what must be out, by when, and when to warn before that. */
    public record Window(ResponseWindowKind kind, OffsetDateTime dueAt, List<OffsetDateTime> warnings) {
    }

    private ResponseWindowRule() {
    }

    /**
     * The instants at {@code fractions} of the period from {@code start} to {@code end}, earliest first: the warnings of
     * a window, and of a hand-off order's feedback period.
     */
    public static List<OffsetDateTime> warningPoints(OffsetDateTime start, OffsetDateTime end, List<Double> fractions) {
        long millis = Duration.between(start, end).toMillis();
        return fractions.stream().sorted().map(f -> start.plus(Duration.ofMillis(Math.round(millis * f)))).toList();
    }

    /** The kinds of response an incident of {@code level} owes. */
    public static List<ResponseWindowKind> kinds(IncidentLevel level, boolean majorCasualtiesOrWideImpact) {
        if (!level.isMajor()) {
            return List.of(ResponseWindowKind.RESPONSE);
        }
        return majorCasualtiesOrWideImpact
                ? List.of(ResponseWindowKind.FACTS, ResponseWindowKind.AUTHORITATIVE_INFORMATION, ResponseWindowKind.PRESS_CONFERENCE)
                : List.of(ResponseWindowKind.FACTS, ResponseWindowKind.AUTHORITATIVE_INFORMATION);
    }

    /** The windows of an incident established at {@code establishedAt}, soonest first. */
    public static List<Window> windows(IncidentLevel level, boolean majorCasualtiesOrWideImpact,
                                       OffsetDateTime establishedAt, Hours hours) {
        Objects.requireNonNull(establishedAt, "establishedAt");
        List<Window> windows = new ArrayList<>();
        for (ResponseWindowKind kind : kinds(level, majorCasualtiesOrWideImpact)) {
            OffsetDateTime end = establishedAt.plus(hours.of(kind));
            windows.add(new Window(kind, end, warningPoints(establishedAt, end, hours.warnAt())));
        }
        windows.sort(java.util.Comparator.comparing(Window::dueAt));
        return windows;
    }
}
