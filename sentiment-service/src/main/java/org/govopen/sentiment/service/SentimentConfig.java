package org.govopen.sentiment.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.govopen.sentiment.domain.IncidentLevel;
import org.govopen.sentiment.domain.ResponseWindowRule;

/**
 * The response windows' lengths and warning points (rules.md §4, shipped with the defaults of seed 003), overridable
 * per level ({@code govopen.sentiment.windows.levels.LARGE.response=24h}) and per unit and the units below it
 * ({@code govopen.sentiment.windows.units."nanning/qingxiu".facts=30m}); a unit's setting wins over a level's.
 */
@ConfigMapping(prefix = "govopen.sentiment")
public interface SentimentConfig {

    Windows windows();

    interface Windows {
        @WithDefault("1h")
        Duration facts();

        @WithDefault("5h")
        Duration authoritativeInformation();

        @WithDefault("24h")
        Duration pressConference();

        @WithDefault("48h")
        Duration response();

        /** Fractions of a window at which a warning goes out. */
        @WithDefault("0.5,0.8")
        List<Double> warnAt();

        Map<String, Override> levels();

        Map<String, Override> units();
    }

    interface Override {
        Optional<Duration> facts();

        Optional<Duration> authoritativeInformation();

        Optional<Duration> pressConference();

        Optional<Duration> response();

        Optional<List<Double>> warnAt();
    }

    /** The windows' lengths for an incident of {@code level} handled by {@code unit}. */
    default ResponseWindowRule.Hours hours(String unit, IncidentLevel level) {
        Windows w = windows();
        Optional<Override> byLevel = Optional.ofNullable(w.levels().get(level.name()));
        Optional<Override> byUnit = Optional.empty();
        if (unit != null && !unit.isEmpty()) {
            List<String> nearestFirst = new java.util.ArrayList<>(org.govopen.commons.security.UnitScope.ancestors(unit));
            nearestFirst.add(unit);
            java.util.Collections.reverse(nearestFirst);
            byUnit = nearestFirst.stream().filter(w.units()::containsKey).findFirst().map(w.units()::get);
        }
        Optional<Override> unitO = byUnit;
        java.util.function.Function<java.util.function.Function<Override, Optional<Duration>>, Optional<Duration>> pick =
                f -> unitO.flatMap(f).or(() -> byLevel.flatMap(f));
        return new ResponseWindowRule.Hours(
                pick.apply(Override::facts).orElse(w.facts()),
                pick.apply(Override::authoritativeInformation).orElse(w.authoritativeInformation()),
                pick.apply(Override::pressConference).orElse(w.pressConference()),
                pick.apply(Override::response).orElse(w.response()),
                unitO.flatMap(Override::warnAt).or(() -> byLevel.flatMap(Override::warnAt)).orElse(w.warnAt()));
    }
}
