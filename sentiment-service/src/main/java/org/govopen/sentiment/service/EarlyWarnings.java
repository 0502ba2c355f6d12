package org.govopen.sentiment.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.govopen.commons.events.Outbox;
import org.govopen.commons.events.Topics;
import org.govopen.commons.problem.ConflictException;
import org.govopen.commons.problem.InvalidInputException;
import org.govopen.commons.problem.ResourceNotFoundException;
import org.govopen.commons.rest.Page;
import org.govopen.commons.rest.PageRequest;
import org.govopen.commons.security.CurrentUser;
import org.govopen.commons.security.UnitScope;
import org.govopen.commons.time.GovClock;
import org.govopen.sentiment.api.IncidentForms;
import org.govopen.sentiment.api.WarningForms;
import org.govopen.sentiment.domain.EarlyWarning;
import org.govopen.sentiment.domain.EarlyWarningRule;
import org.govopen.sentiment.domain.Incident;
import org.govopen.sentiment.domain.IncidentLevel;
import org.govopen.sentiment.domain.IncidentOrigin;
import org.govopen.sentiment.domain.Signal;
import org.govopen.sentiment.domain.WarningRule;
import org.govopen.sentiment.messaging.EarlyWarningAlert;

/**
 * Early warning (预警): each signal taken in (new or repeated) is judged against the enabled rules of its unit and the
 * units above ({@link EarlyWarningRule}); a match raises a warning on {@code govopen.alerts} that proposes an incident,
 * once per (rule, signal) — a repeat of the signal does not warn again — and never for a signal already part of an
 * incident.
 */
@ApplicationScoped
public class EarlyWarnings {

    public static final String ALERT_TYPE = "govopen.alert.sentiment.early-warning";

    @Inject
    EntityManager em;

    @Inject
    GovClock clock;

    @Inject
    Outbox outbox;

    @Inject
    CurrentUser user;

    @Inject
    IncidentService incidents;

    /** In the intake's transaction, after the signal is stored. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void judge(Signal s) {
        if (s.incidentId != null) {
            return;
        }
        List<String> units = new ArrayList<>(UnitScope.ancestors(s.unit));
        units.add(s.unit);
        List<WarningRule> rules = WarningRule.list("enabled = true and unit in ?1", units);
        if (rules.isEmpty()) {
            return;
        }
        OffsetDateTime now = clock.now();
        boolean rising = rules.stream().anyMatch(r -> r.riseAtLeast != null);
        if (rising) {
            em.createNativeQuery("insert into signal_reach (signal_id, at, reach) values (:s, :at, :r)")
                    .setParameter("s", s.id).setParameter("at", s.lastSeenAt).setParameter("r", s.reach()).executeUpdate();
        }
        var terms = EarlyWarningRule.Seen.termsOf(s.title, s.body);
        for (WarningRule rule : rules) {
            long rise = 0;
            if (rule.riseAtLeast != null && rule.riseWithinSeconds != null) {
                Number low = (Number) em.createNativeQuery("""
                        select min(reach) from signal_reach where signal_id = :s and at >= :since""")
                        .setParameter("s", s.id).setParameter("since", s.lastSeenAt.minusSeconds(rule.riseWithinSeconds))
                        .getSingleResult();
                rise = low == null ? 0 : s.reach() - low.longValue();
            }
            Optional<String> reason = EarlyWarningRule.judge(rule, new EarlyWarningRule.Seen(terms, s.reach(), rise, s.kind));
            if (reason.isEmpty() || EarlyWarning.count("ruleId = ?1 and signalId = ?2", rule.id, s.id) > 0) {
                continue;
            }
            EarlyWarning w = new EarlyWarning();
            w.id = UUID.nameUUIDFromBytes((rule.id + ":" + s.id).getBytes(StandardCharsets.UTF_8));
            w.ruleId = rule.id;
            w.signalId = s.id;
            w.unit = s.unit;
            w.raisedAt = now;
            w.reason = reason.get();
            w.state = EarlyWarning.State.PROPOSED;
            w.persist();
            outbox.write(Topics.ALERTS, ALERT_TYPE, s.id.toString(), new EarlyWarningAlert(w.id.toString(), rule.id, rule.name,
                    s.id, s.unit, s.source, s.reach(), w.reason, now,
                    "【舆情预警】" + s.unit + " 监测到信息触发预警规则“" + rule.name + "”：" + w.reason + "，建议确认舆情事件"), w.id);
        }
    }

    /**
     * Reach samples are needed only as far back as a rule's rise window reaches (at most 7 days, the form's bound):
     * older ones go, so the table does not grow with every sighting for ever.
     */
    @io.quarkus.scheduler.Scheduled(every = "10m", delayed = "1m", concurrentExecution = io.quarkus.scheduler.Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void pruneReachSamples() {
        em.createNativeQuery("delete from signal_reach where at < :before").setParameter("before", clock.now().minusDays(7))
                .executeUpdate();
    }

    @Transactional
    public WarningRule create(WarningForms.Rule form, String actor) {
        boolean any = (form.keywords() != null && !form.keywords().isEmpty()) || form.reachAtLeast() != null
                || form.riseAtLeast() != null || (form.kinds() != null && !form.kinds().isEmpty());
        if (!any) {
            throw new InvalidInputException("keywords", "至少设置一个条件：关键词、传播量、增长量或类别");
        }
        if ((form.riseAtLeast() == null) != (form.riseWithinMinutes() == null)) {
            throw new InvalidInputException(form.riseAtLeast() == null ? "riseAtLeast" : "riseWithinMinutes",
                    "增长量与时间须同时设置");
        }
        WarningRule r = new WarningRule();
        r.id = UUID.randomUUID();
        r.unit = form.unit();
        r.name = form.name().strip();
        r.keywords = form.keywords() == null ? new String[0] : form.keywords().stream().map(String::strip).toArray(String[]::new);
        r.reachAtLeast = form.reachAtLeast();
        r.riseAtLeast = form.riseAtLeast();
        r.riseWithinSeconds = form.riseWithinMinutes() == null ? null : form.riseWithinMinutes() * 60L;
        r.kinds = form.kinds() == null ? new String[0] : form.kinds().stream().map(Enum::name).toArray(String[]::new);
        r.enabled = form.enabled() == null || form.enabled();
        r.createdAt = clock.now();
        r.createdBy = actor;
        r.persist();
        return r;
    }

    @Transactional
    public WarningRule enable(UUID id, boolean enabled) {
        WarningRule r = WarningRule.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (r == null || !user.covers(r.unit)) {
            throw new ResourceNotFoundException("预警规则", id);
        }
        r.enabled = enabled;
        return r;
    }

    public Page<WarningRule> rules(String unit, PageRequest paging) {
        String scope = unit == null || unit.isBlank() ? user.requireUnit() : unit;
        user.requireCovers(scope);
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        String order = paging.orderBy(java.util.Map.of("createdAt", "createdAt, id", "-createdAt", "createdAt desc, id"), "-createdAt");
        var q = WarningRule.<WarningRule>find(UnitScope.condition("unit", scope, params) + " order by " + order, params);
        return paging.page(q.page(paging.page, paging.size).list(), q.count());
    }

    public Page<EarlyWarning> warnings(String unit, EarlyWarning.State state, PageRequest paging) {
        String scope = unit == null || unit.isBlank() ? user.requireUnit() : unit;
        user.requireCovers(scope);
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        String where = UnitScope.condition("unit", scope, params);
        if (state != null) {
            where += " and state = :state";
            params.put("state", state);
        }
        String order = paging.orderBy(java.util.Map.of("raisedAt", "raisedAt, id", "-raisedAt", "raisedAt desc, id"), "-raisedAt");
        var q = EarlyWarning.<EarlyWarning>find(where + " order by " + order, params);
        return paging.page(q.page(paging.page, paging.size).list(), q.count());
    }

    /** Accepts the proposal: an incident is established from the warning's signal, now. */
    @Transactional
    public Incident accept(UUID id, WarningForms.Accept form, String actor) {
        EarlyWarning w = proposed(id);
        Signal s = Signal.findById(w.signalId, LockModeType.PESSIMISTIC_WRITE);
        if (s.incidentId != null) {
            throw new ConflictException("该监测信息已归入舆情事件");
        }
        Incident i = incidents.establish(new IncidentForms.Open(w.unit, form.title(), w.reason, null,
                form.level() == null ? IncidentLevel.ORDINARY : form.level(), s.kind, false,
                s.place == null ? null : List.of(s.place), null, null), IncidentOrigin.WARNING, List.of(s), actor);
        w.state = EarlyWarning.State.ACCEPTED;
        w.incidentId = i.id;
        w.decidedAt = clock.now();
        w.decidedBy = actor;
        return i;
    }

    @Transactional
    public EarlyWarning dismiss(UUID id, WarningForms.Dismiss form, String actor) {
        EarlyWarning w = proposed(id);
        w.state = EarlyWarning.State.DISMISSED;
        w.reason = w.reason + "；未确认：" + org.govopen.commons.privacy.PersonalDataMasker.maskText(form.reason().strip());
        w.decidedAt = clock.now();
        w.decidedBy = actor;
        return w;
    }

    private EarlyWarning proposed(UUID id) {
        EarlyWarning w = EarlyWarning.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (w == null || !user.covers(w.unit)) {
            throw new ResourceNotFoundException("预警", id);
        }
        if (w.state != EarlyWarning.State.PROPOSED) {
            throw new org.govopen.commons.problem.IllegalTransitionException(w.state.name(),
                    w.state == EarlyWarning.State.ACCEPTED ? "已确认" : "已排除", "DECIDE", List.of());
        }
        return w;
    }
}
