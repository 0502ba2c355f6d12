package org.govopen.interaction.statistics;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.govopen.commons.problem.InvalidInputException;
import org.govopen.commons.security.UnitScope;
import org.govopen.commons.time.GovClock;
import org.govopen.interaction.domain.MessageCategory;
import org.govopen.interaction.domain.RankingRule;
import org.govopen.interaction.service.InteractionConfig;

/**
 * Reads the public statistics of a period (issue 10 §6) from the rollup: the whole calendar months of the period from
 * {@code message_stats_month}, the days before and after them from {@code message_stats_day}; the open messages past
 * their due date are counted by the rollup when it runs ({@code asOf}). Units are ranked by {@link RankingRule}.
 */
@ApplicationScoped
public class MessageStatistics {

    /** How long a read waits for another replica's rollup before it serves the figures as they are. */
    private static final Duration WAIT_FOR_ROLLUP = Duration.ofSeconds(5);

    private static final String FIGURES = "unit, category, received, replied, replied_on_time, replied_late, open_overdue, reply_days_sum, "
            + "reply_hours_sum, reply_days_hist, reply_hours_hist, rated, satisfied, returns, reassignments";

    @Inject
    DataSource dataSource;

    @Inject
    StatisticsRollup rollup;

    @Inject
    GovClock clock;

    @Inject
    InteractionConfig config;

    /** What is asked: the period, optionally a unit (with the units below it) and a category, and whether per category. */
    public record Query(StatisticsPeriod period, String unit, MessageCategory category, boolean byCategory) {

        public Query {
            if (unit != null && !UnitScope.isWellFormed(unit)) {
                throw new InvalidInputException("unit", "须为单位路径，如 nanning/qingxiu");
            }
        }
    }

    public StatisticsView read(Query q) {
        rollup.ensureFresh(WAIT_FOR_ROLLUP);
        Map<String, Map<MessageCategory, Tally>> byUnit = new TreeMap<>();
        OffsetDateTime[] watermark = QuarkusTransaction.requiringNew().call(() -> {
            try (Connection c = dataSource.getConnection()) {
                LocalDate firstMonth = q.period().from().getDayOfMonth() == 1 ? q.period().from()
                        : q.period().from().withDayOfMonth(1).plusMonths(1);
                LocalDate afterLastMonth = q.period().to().plusDays(1).withDayOfMonth(1);
                if (firstMonth.isBefore(afterLastMonth)) {
                    rows(c, "message_stats_month", "month", firstMonth, afterLastMonth.minusMonths(1), q, byUnit);
                    if (q.period().from().isBefore(firstMonth)) {
                        rows(c, "message_stats_day", "day", q.period().from(), firstMonth.minusDays(1), q, byUnit);
                    }
                    if (!q.period().to().isBefore(afterLastMonth)) {
                        rows(c, "message_stats_day", "day", afterLastMonth, q.period().to(), q, byUnit);
                    }
                } else {
                    rows(c, "message_stats_day", "day", q.period().from(), q.period().to(), q, byUnit);
                }
                try (PreparedStatement ps = c.prepareStatement(
                        "select until, refreshed_at from message_stats_watermark where id = 1 and refreshed_at is not null");
                     ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? new OffsetDateTime[] {StatisticsRollup.shanghai(rs.getObject(1, OffsetDateTime.class)),
                            StatisticsRollup.shanghai(rs.getObject(2, OffsetDateTime.class))} : new OffsetDateTime[2];
                }
            }
        });
        // overdue was counted when the rollup ran
        return answer(q, watermark[1] != null ? watermark[1] : clock.now(), watermark[0], byUnit);
    }

    private static String filter(Query q, List<Object> params) {
        StringBuilder where = new StringBuilder();
        if (q.unit() != null) {
            where.append(" and (unit = ? or unit like ? escape '\\')");
            params.add(q.unit());
            params.add(UnitScope.belowPattern(q.unit()));
        }
        if (q.category() != null) {
            where.append(" and category = ?");
            params.add(q.category().name());
        }
        return where.toString();
    }

    private static void rows(Connection c, String table, String key, LocalDate from, LocalDate to, Query q,
                             Map<String, Map<MessageCategory, Tally>> byUnit) throws SQLException {
        List<Object> params = new ArrayList<>(List.of(from, to));
        String sql = "select " + FIGURES + " from " + table + " where " + key + " between ? and ?" + filter(q, params);
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            ps.setFetchSize(5000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    MessageCategory category = category(rs.getString(2));
                    Tally t = tally(byUnit, rs.getString(1), category);
                    t.received += rs.getInt(3);
                    t.replied += rs.getInt(4);
                    t.onTime += rs.getInt(5);
                    t.late += rs.getInt(6);
                    t.openOverdue += rs.getInt(7);
                    t.daysSum += rs.getLong(8);
                    BigDecimal hours = rs.getBigDecimal(9);
                    if (hours != null) {
                        t.hoursSum = t.hoursSum.add(hours);
                    }
                    histogram(t.daysHist, rs.getArray(10));
                    histogram(t.hoursHist, rs.getArray(11));
                    t.rated += rs.getInt(12);
                    t.satisfied += rs.getInt(13);
                    t.returns += rs.getInt(14);
                    t.reassignments += rs.getInt(15);
                }
            }
        }
    }

    private static void bind(PreparedStatement ps, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            ps.setObject(i + 1, params.get(i));
        }
    }

    private static void histogram(long[] into, Array array) throws SQLException {
        if (array != null) {
            Tally.addHistogram(into, (Integer[]) array.getArray());
        }
    }

    private static MessageCategory category(String name) {
        try {
            return MessageCategory.valueOf(name);
        } catch (IllegalArgumentException e) {
            return MessageCategory.OTHER;
        }
    }

    private static Tally tally(Map<String, Map<MessageCategory, Tally>> byUnit, String unit, MessageCategory category) {
        return byUnit.computeIfAbsent(unit, u -> new HashMap<>()).computeIfAbsent(category, k -> new Tally());
    }

    private StatisticsView answer(Query q, OffsetDateTime now, OffsetDateTime until, Map<String, Map<MessageCategory, Tally>> byUnit) {
        int minCount = config.statistics().minCountToRank();
        Tally total = new Tally();
        Map<String, Tally> units = new LinkedHashMap<>();
        for (var e : byUnit.entrySet()) {
            Tally u = new Tally();
            e.getValue().values().forEach(u::add);
            units.put(e.getKey(), u);
            total.add(u);
        }
        List<Map.Entry<String, Tally>> ranked = units.entrySet().stream()
                .filter(e -> RankingRule.isRanked(e.getValue().received, minCount))
                .sorted(RANKING.thenComparing(Map.Entry::getKey)).toList();
        Map<String, Integer> ranks = new HashMap<>();
        for (int i = 0; i < ranked.size(); i++) {
            boolean tie = i > 0 && RANKING.compare(ranked.get(i - 1), ranked.get(i)) == 0;
            ranks.put(ranked.get(i).getKey(), tie ? ranks.get(ranked.get(i - 1).getKey()) : i + 1);
        }
        List<StatisticsView.UnitRow> rows = new ArrayList<>();
        units.entrySet().stream()
                .sorted(Comparator.<Map.Entry<String, Tally>, Integer>comparing(e -> ranks.getOrDefault(e.getKey(), Integer.MAX_VALUE))
                        .thenComparing(e -> -e.getValue().received).thenComparing(Map.Entry::getKey))
                .forEach(e -> {
                    List<StatisticsView.CategoryRow> categories = null;
                    if (q.byCategory()) {
                        categories = byUnit.get(e.getKey()).entrySet().stream()
                                .sorted(Comparator.<Map.Entry<MessageCategory, Tally>>comparingLong(c -> -c.getValue().received)
                                        .thenComparing(Map.Entry::getKey))
                                .map(c -> StatisticsView.CategoryRow.of(c.getKey(), c.getValue())).toList();
                    }
                    Integer rank = ranks.get(e.getKey());
                    rows.add(StatisticsView.UnitRow.of(e.getKey(), e.getValue(), rank != null, rank, categories));
                });
        return new StatisticsView(q.period(), q.unit(), q.category(), q.byCategory(), minCount, now, until,
                StatisticsView.Totals.of(total), rows);
    }

    /** Best first: on-time rate, satisfaction rate (a unit nobody rated after those rated), messages received. */
    private static final Comparator<Map.Entry<String, Tally>> RANKING = Comparator
            .<Map.Entry<String, Tally>, BigDecimal>comparing(e -> e.getValue().onTimeRate(), Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(e -> e.getValue().satisfactionRate(), Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(e -> e.getValue().received, Comparator.reverseOrder());
}
