package org.govopen.interaction.statistics;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.govopen.commons.calendar.WorkdayCalendar;
import org.govopen.commons.time.GovClock;
import org.govopen.interaction.domain.Satisfaction;
import org.govopen.interaction.service.InteractionConfig;
import org.jboss.logging.Logger;

/**
 * Keeps {@code message_stats_day} and {@code message_stats_month} up to date (issue 10 §6): finds the days of receipt
 * of the messages changed since the watermark (less a safety margin, for transactions that committed after a later
 * one) and of the open messages whose due time passed since the last run (overdue is counted at the run), recomputes
 * those days — every unit and category of them, so that a message moved to another unit leaves its
 * old row — and their months from {@code message} with one group-by each, and moves the watermark to the latest
 * {@code updated_at} seen. Runs on the scheduler and, when the figures are older than
 * {@code govopen.interaction.statistics.max-age}, before a read; {@code pg_try_advisory_xact_lock} makes one replica
 * run it at a time.
 */
@ApplicationScoped
public class StatisticsRollup {

    private static final Logger LOG = Logger.getLogger(StatisticsRollup.class);

    /** The rollup's advisory lock (two-key form: a space of its own). */
    static final String LOCK = "pg_try_advisory_xact_lock(hashtext('govopen.interaction'), hashtext('statistics-rollup'))";

    /** Working days and whole hours at or above these fall into the histograms' last bucket. */
    static final int MAX_DAYS = 60;
    static final int MAX_HOURS = 720;

    /** Days recomputed by one statement: a range of receipt times the index message_received reads. */
    private static final int SPAN_DAYS = 31;

    @Inject
    DataSource dataSource;

    @Inject
    GovClock clock;

    @Inject
    InteractionConfig config;

    /** What a run did. */
    public record Run(boolean ran, int days, int months, OffsetDateTime until) {
    }

    @Scheduled(identity = "interaction-statistics-rollup", every = "${govopen.interaction.statistics.refresh-every:30s}",
            delayed = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        try {
            refresh(false);
        } catch (RuntimeException e) {
            LOG.warn("statistics rollup failed; the next run tries again", e);
        }
    }

    /**
     * Before a read: when the figures are older than the maximum age, brings them up to date — or waits (up to
     * {@code wait}) for the replica doing it. Serves what there is when that takes longer.
     */
    public void ensureFresh(Duration wait) {
        long giveUpAt = System.nanoTime() + wait.toNanos();
        while (true) {
            if (!stale()) {
                return;
            }
            if (refresh(true).ran()) {
                return;
            }
            if (System.nanoTime() > giveUpAt) {
                LOG.warn("statistics rollup busy elsewhere; serving the figures as they are");
                return;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    boolean stale() {
        return QuarkusTransaction.requiringNew().call(() -> {
            try (Connection c = dataSource.getConnection()) {
                return stale(c);
            }
        });
    }

    private boolean stale(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select refreshed_at from message_stats_watermark where id = 1");
             ResultSet rs = ps.executeQuery()) {
            OffsetDateTime refreshed = rs.next() ? rs.getObject(1, OffsetDateTime.class) : null;
            OffsetDateTime now = clock.now();
            // a clock set back (tests) makes the figures stale too
            return refreshed == null || refreshed.isAfter(now) || !refreshed.plus(config.statistics().maxAge()).isAfter(now);
        }
    }

    /**
     * One run in its own transaction, unless another replica's is under way (then {@code ran} is false). With
     * {@code onlyIfStale} it does nothing when the figures became fresh meanwhile (another reader's run).
     */
    public Run refresh(boolean onlyIfStale) {
        return QuarkusTransaction.requiringNew().timeout(600).call(() -> {
            try (Connection c = dataSource.getConnection()) {
                try (PreparedStatement ps = c.prepareStatement("select " + LOCK); ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    if (!rs.getBoolean(1)) {
                        return new Run(false, 0, 0, null);
                    }
                }
                if (onlyIfStale && !stale(c)) {
                    return new Run(true, 0, 0, null);
                }
                return run(c);
            }
        });
    }

    private Run run(Connection c) throws SQLException {
        long started = System.nanoTime();
        OffsetDateTime until;
        OffsetDateTime previousRun;
        try (PreparedStatement ps = c.prepareStatement(
                "select until, refreshed_at from message_stats_watermark where id = 1 for update");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            until = rs.getObject(1, OffsetDateTime.class);
            previousRun = rs.getObject(2, OffsetDateTime.class);
        }
        OffsetDateTime now = clock.now();
        OffsetDateTime since = until.minus(config.statistics().safetyMargin());
        TreeSet<LocalDate> days = new TreeSet<>();
        OffsetDateTime seen = until;
        try (PreparedStatement ps = c.prepareStatement("""
                select (received_at at time zone 'Asia/Shanghai')::date, max(updated_at)
                from message where updated_at > ? group by 1""")) {
            ps.setObject(1, since);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    days.add(rs.getObject(1, LocalDate.class));
                    OffsetDateTime at = rs.getObject(2, OffsetDateTime.class);
                    if (at.isAfter(seen)) {
                        seen = at;
                    }
                }
            }
        }
        if (previousRun != null && previousRun.isBefore(now)) {
            // open messages that became overdue since the last run: their days' open_overdue changes
            try (PreparedStatement ps = c.prepareStatement("""
                    select distinct (received_at at time zone 'Asia/Shanghai')::date
                    from message where reply_due_at >= ? and reply_due_at < ?""")) {
                ps.setObject(1, previousRun);
                ps.setObject(2, now);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        days.add(rs.getObject(1, LocalDate.class));
                    }
                }
            }
        }
        for (List<LocalDate> span : spans(days)) {
            recompute(c, "message_stats_day", "day", "(received_at at time zone 'Asia/Shanghai')::date", span,
                    span.get(0), span.get(span.size() - 1).plusDays(1), now);
        }
        TreeSet<LocalDate> months = days.stream().map(d -> d.withDayOfMonth(1)).collect(Collectors.toCollection(TreeSet::new));
        for (LocalDate month : months) {
            recompute(c, "message_stats_month", "month", "date_trunc('month', received_at at time zone 'Asia/Shanghai')::date",
                    List.of(month), month, month.plusMonths(1), now);
        }
        try (PreparedStatement ps = c.prepareStatement(
                "update message_stats_watermark set until = ?, refreshed_at = ? where id = 1")) {
            ps.setObject(1, seen);
            ps.setObject(2, now);
            ps.executeUpdate();
        }
        long ms = (System.nanoTime() - started) / 1_000_000;
        if (days.size() > SPAN_DAYS || ms > 1000) {
            LOG.infof("statistics rollup: %d days, %d months recomputed in %d ms", days.size(), months.size(), ms);
        } else {
            LOG.debugf("statistics rollup: %d days, %d months recomputed in %d ms", days.size(), months.size(), ms);
        }
        return new Run(true, days.size(), months.size(), seen);
    }

    /** Sorted days cut into runs no longer than {@link #SPAN_DAYS} from their first day. */
    static List<List<LocalDate>> spans(TreeSet<LocalDate> days) {
        List<List<LocalDate>> out = new ArrayList<>();
        List<LocalDate> current = new ArrayList<>();
        for (LocalDate d : days) {
            if (!current.isEmpty() && d.isAfter(current.get(0).plusDays(SPAN_DAYS - 1))) {
                out.add(current);
                current = new ArrayList<>();
            }
            current.add(d);
        }
        if (!current.isEmpty()) {
            out.add(current);
        }
        return out;
    }

    /**
     * Replaces the rows of {@code keys} (days or months) with the figures of the messages received in them: one
     * group-by over the receipt range {@code from}–{@code to} (exclusive), histograms built from the per-bucket counts.
     */
    private void recompute(Connection c, String table, String keyColumn, String keyOf, List<LocalDate> keys,
                           LocalDate from, LocalDate to, OffsetDateTime now) throws SQLException {
        String keyList = keys.stream().map(LocalDate::toString).collect(Collectors.joining(","));
        try (PreparedStatement ps = c.prepareStatement(
                "delete from " + table + " where " + keyColumn + " = any(string_to_array(?, ',')::date[])")) {
            ps.setString(1, keyList);
            ps.executeUpdate();
        }
        String satisfied = Arrays.stream(Satisfaction.values()).filter(Satisfaction::satisfied)
                .map(s -> "'" + s.name() + "'").collect(Collectors.joining(", "));
        String sql = """
                insert into %1$s (unit, category, %2$s, received, replied, replied_on_time, replied_late, open_overdue, reply_days_sum,
                                  reply_hours_sum, reply_days_hist, reply_hours_hist, rated, satisfied, returns, reassignments)
                with m as (
                    select coalesce(lead_unit, office_unit) as unit, category, %3$s as k,
                           replied_at is not null as replied, replied_on_time, reply_working_days, reply_hours,
                           case when replied_at is not null then least(reply_working_days, %4$d) end as db,
                           case when replied_at is not null then least(floor(reply_hours)::int, %5$d) end as hb,
                           reply_due_at, reply_clock, satisfaction, return_count, reassign_count
                    from message
                    where received_at >= ? and received_at < ? and %3$s = any(string_to_array(?, ',')::date[])
                ), g as (
                    select unit, category, k,
                           count(*)::int as received,
                           count(*) filter (where replied)::int as replied,
                           count(*) filter (where replied and replied_on_time)::int as on_time,
                           count(*) filter (where replied and not replied_on_time)::int as late,
                           count(*) filter (where not replied and reply_due_at < ?
                                            and reply_clock is distinct from 'PAUSED')::int as open_overdue,
                           coalesce(sum(reply_working_days) filter (where db is not null), 0) as days_sum,
                           coalesce(sum(reply_hours) filter (where hb is not null), 0) as hours_sum,
                           count(*) filter (where satisfaction is not null)::int as rated,
                           count(*) filter (where satisfaction in (%6$s))::int as satisfied,
                           sum(return_count)::int as returns,
                           sum(reassign_count)::int as reassignments
                    from m group by unit, category, k
                ), hd as (
                    select unit, category, k, array_agg(b order by b) as bs, array_agg(n order by b) as ns
                    from (select unit, category, k, db as b, count(*)::int as n from m where db is not null group by 1, 2, 3, 4) x
                    group by unit, category, k
                ), hh as (
                    select unit, category, k, array_agg(b order by b) as bs, array_agg(n order by b) as ns
                    from (select unit, category, k, hb as b, count(*)::int as n from m where hb is not null group by 1, 2, 3, 4) x
                    group by unit, category, k
                )
                select g.unit, g.category, g.k, g.received, g.replied, g.on_time, g.late, g.open_overdue, g.days_sum, g.hours_sum,
                       coalesce((select array_agg(coalesce(x.n, 0) order by i)
                                 from generate_series(0, hd.bs[array_length(hd.bs, 1)]) i
                                 left join unnest(hd.bs, hd.ns) as x(b, n) on x.b = i), '{}'),
                       coalesce((select array_agg(coalesce(x.n, 0) order by i)
                                 from generate_series(0, hh.bs[array_length(hh.bs, 1)]) i
                                 left join unnest(hh.bs, hh.ns) as x(b, n) on x.b = i), '{}'),
                       g.rated, g.satisfied, g.returns, g.reassignments
                from g left join hd using (unit, category, k) left join hh using (unit, category, k)
                """.formatted(table, keyColumn, keyOf, MAX_DAYS, MAX_HOURS, satisfied);
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, start(from));
            ps.setObject(2, start(to));
            ps.setString(3, keyList);
            ps.setObject(4, now);
            ps.executeUpdate();
        }
    }

    static OffsetDateTime start(LocalDate day) {
        return day.atStartOfDay(WorkdayCalendar.ZONE).toOffsetDateTime();
    }

    static OffsetDateTime shanghai(OffsetDateTime t) {
        return t == null ? null : t.atZoneSameInstant(WorkdayCalendar.ZONE).toOffsetDateTime();
    }
}
