package org.govopen.sentiment.service;

import static org.govopen.commons.rest.FormText.trimToNull;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import org.govopen.commons.deadline.Deadlines;
import org.govopen.commons.problem.ConflictException;
import org.govopen.commons.problem.InvalidInputException;
import org.govopen.commons.problem.ResourceNotFoundException;
import org.govopen.commons.problem.Violation;
import org.govopen.commons.security.CurrentUser;
import org.govopen.commons.time.GovClock;
import org.govopen.sentiment.api.IncidentForms;
import org.govopen.sentiment.domain.Assessment;
import org.govopen.sentiment.domain.Incident;
import org.govopen.sentiment.domain.IncidentAction;
import org.govopen.sentiment.domain.IncidentLevel;
import org.govopen.sentiment.domain.IncidentLifecycle;
import org.govopen.sentiment.domain.IncidentOrigin;
import org.govopen.sentiment.domain.IncidentState;
import org.govopen.sentiment.domain.Response;
import org.govopen.sentiment.domain.ResponseWindow;
import org.govopen.sentiment.domain.ResponsibilityRule;
import org.govopen.sentiment.domain.Signal;
import org.govopen.sentiment.domain.WindowState;

/**
 * The incident's use cases, each in one transaction with its windows and its event: establish, assess (研判),
 * attach signals, respond (回应), merge and close. Every check comes before the first write, so bad input stores
 * nothing.
 */
@ApplicationScoped
public class IncidentService {

    @Inject
    EntityManager em;

    @Inject
    GovClock clock;

    @Inject
    CurrentUser user;

    @Inject
    Deadlines deadlines;

    @Inject
    IncidentWindows windows;

    @Inject
    IncidentEvents events;

    @Inject
    EscalationPolicies policies;

    @Transactional
    public Incident open(IncidentForms.Open form, String actor) {
        OffsetDateTime now = clock.now();
        OffsetDateTime established = form.establishedAt() == null ? now : form.establishedAt();
        List<Violation> problems = new ArrayList<>();
        if (established.isAfter(now)) {
            problems.add(new Violation("establishedAt", "不能晚于当前时间（" + Shown.time(now) + "）"));
        }
        List<Signal> signals = signals(form.signalIds(), "signalIds", problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return establish(form, signals.isEmpty() ? IncidentOrigin.MANUAL : IncidentOrigin.SIGNALS, signals, actor);
    }

    /**
     * Establishes an incident from a form already checked, in the caller's transaction: from the desk, from an
     * accepted early warning, from an order of the province or city.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Incident establish(IncidentForms.Open form, IncidentOrigin origin, List<Signal> signals, String actor) {
        OffsetDateTime now = clock.now();
        OffsetDateTime established = form.establishedAt() == null ? now : form.establishedAt();
        Incident i = new Incident();
        i.id = UUID.randomUUID();
        deadlines.aggregateCreated(Incident.AGGREGATE, i.aggregateId());
        i.number = number(now);
        i.unit = form.unit();
        i.title = org.govopen.commons.privacy.PersonalDataMasker.maskText(form.title().strip());
        i.summary = form.summary() == null ? null : org.govopen.commons.privacy.PersonalDataMasker.maskText(trimToNull(form.summary()));
        i.origin = origin;
        i.state = IncidentLifecycle.next(null, IncidentAction.OPEN);
        i.establishedAt = established;
        i.level = form.level() == null ? IncidentLevel.ORDINARY : form.level();
        i.kind = form.kind();
        i.majorImpact = Boolean.TRUE.equals(form.majorImpact());
        i.assessed = false;
        List<String> places = form.places() == null || form.places().isEmpty() ? List.of(form.unit()) : form.places();
        List<String> departments = form.departments() == null ? List.of() : form.departments();
        responsibility(i, places, departments, null);
        i.escalationChain = policies.chainFor(i.unit).stream().map(Enum::name).toArray(String[]::new);
        i.escalationStep = 0;
        i.createdAt = now;
        i.createdBy = actor;
        i.updatedAt = now;
        i.persist();
        for (Signal s : signals) {
            s.incidentId = i.id;
        }
        windows.apply(i);
        events.write(i, IncidentAction.OPEN);
        return i;
    }

    /** 研判: level, kind, impact, places and departments; the responsible unit follows. Raising the level moves the windows from {@code establishedAt}. */
    @Transactional
    public Incident assess(UUID id, IncidentForms.Assess form, String actor) {
        Incident i = forUpdate(id);
        IncidentLifecycle.next(i.state, IncidentAction.ASSESS);
        OffsetDateTime now = clock.now();
        Assessment a = new Assessment();
        a.id = UUID.randomUUID();
        a.incidentId = i.id;
        a.at = now;
        a.actor = actor;
        a.level = form.level();
        a.kind = form.kind();
        a.majorImpact = Boolean.TRUE.equals(form.majorImpact());
        a.places = form.places().toArray(String[]::new);
        a.departments = (form.departments() == null ? List.<String>of() : form.departments()).toArray(String[]::new);
        a.policyOf = trimToNull(form.policyOf());
        a.note = mask(form.note());
        i.level = a.level;
        i.kind = a.kind;
        i.majorImpact = a.majorImpact;
        i.assessed = true;
        responsibility(i, List.of(a.places), List.of(a.departments), a.policyOf);
        a.responsibleGovernment = i.responsibleGovernment;
        a.leadDepartment = i.leadDepartment;
        a.coResponders = i.coResponders;
        a.persist();
        i.updatedAt = now;
        windows.apply(i);
        events.write(i, IncidentAction.ASSESS);
        return i;
    }

    @Transactional
    public Incident attach(UUID id, IncidentForms.Attach form) {
        Incident i = forUpdate(id);
        IncidentLifecycle.next(i.state, IncidentAction.ATTACH_SIGNALS);
        List<Violation> problems = new ArrayList<>();
        List<Signal> signals = signals(form.signalIds(), "signalIds", problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        for (Signal s : signals) {
            s.incidentId = i.id;
        }
        i.updatedAt = clock.now();
        events.write(i, IncidentAction.ATTACH_SIGNALS);
        return i;
    }

    /** A response given: it answers the windows its kind answers; a late one is kept with its lag. */
    @Transactional
    public Incident respond(UUID id, IncidentForms.Respond form, String actor) {
        Incident i = forUpdate(id);
        IncidentLifecycle.next(i.state, IncidentAction.RESPOND);
        OffsetDateTime now = clock.now();
        List<Violation> problems = new ArrayList<>();
        if (form.respondedAt().isBefore(i.establishedAt)) {
            problems.add(new Violation("respondedAt", "早于舆情确立时间（" + Shown.time(i.establishedAt) + "）"));
        } else if (form.respondedAt().isAfter(now)) {
            problems.add(new Violation("respondedAt", "不能晚于当前时间（" + Shown.time(now) + "）"));
        }
        ResponseWindow window = null;
        if (form.windowId() != null) {
            window = ResponseWindow.findById(form.windowId());
            if (window == null || !window.incidentId.equals(i.id)) {
                problems.add(new Violation("windowId", "不是本舆情事件的回应时限"));
            } else if (!org.govopen.sentiment.domain.ResponseSatisfactionRule.satisfies(form.kind()).contains(window.kind)) {
                problems.add(new Violation("windowId", "“" + form.kind().label() + "”不能回应“" + window.kind.label() + "”时限"));
            } else if (window.state != WindowState.OPEN) {
                problems.add(new Violation("windowId", "该时限已回应或不再适用"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Response r = new Response();
        r.id = UUID.randomUUID();
        r.incidentId = i.id;
        r.kind = form.kind();
        r.respondedAt = form.respondedAt();
        r.channel = form.channel();
        r.link = trimToNull(form.link());
        r.body = org.govopen.commons.privacy.PersonalDataMasker.maskText(form.text().strip());
        r.recordedAt = now;
        r.recordedBy = actor;
        r.persist();
        windows.answer(i, r, window);
        i.updatedAt = now;
        events.write(i, IncidentAction.RESPOND);
        return i;
    }

    /** This incident goes on as part of {@code form.into()}: its signals and responses' obligations move there. */
    @Transactional
    public Incident merge(UUID id, IncidentForms.Merge form) {
        if (id.equals(form.into())) {
            throw new InvalidInputException("into", "不能合并到自身");
        }
        // lock both in one order, whatever the direction of the merge
        UUID first = id.compareTo(form.into()) < 0 ? id : form.into();
        UUID second = first.equals(id) ? form.into() : id;
        deadlines.lockAll(Incident.AGGREGATE, first.toString()); // deadlines before incidents, as the sweeper takes them
        deadlines.lockAll(Incident.AGGREGATE, second.toString());
        Incident a = lockedOrNull(first);
        Incident b = lockedOrNull(second);
        Incident source = first.equals(id) ? a : b;
        Incident target = first.equals(id) ? b : a;
        if (source == null) {
            throw new ResourceNotFoundException("舆情事件", id);
        }
        user.requireCovers(source.unit);
        if (target == null) {
            throw new InvalidInputException("into", "舆情事件不存在");
        }
        if (!user.covers(target.unit)) {
            throw new InvalidInputException("into", "不在本单位及下级单位范围内");
        }
        IncidentLifecycle.next(source.state, IncidentAction.MERGE);
        if (target.state != IncidentState.OPEN) {
            throw new ConflictException("合并目标舆情" + target.number + "当前状态为“" + target.state.label() + "”，不能合并");
        }
        OffsetDateTime now = clock.now();
        source.state = IncidentState.MERGED;
        source.mergedInto = target.id;
        source.closingNote = mask(form.note());
        source.closedAt = now;
        source.updatedAt = now;
        windows.end(source, WindowState.WITHDRAWN);
        // versioned: an intake holding one of these signals fails on its version instead of writing the old incident back
        em.createQuery("update versioned Signal set incidentId = :t where incidentId = :s")
                .setParameter("t", target.id).setParameter("s", source.id).executeUpdate();
        // the one matter's responses and orders go on with it: a window the source answered is answered on the target
        em.createQuery("update Response set incidentId = :t where incidentId = :s")
                .setParameter("t", target.id).setParameter("s", source.id).executeUpdate();
        em.createQuery("update versioned HandoffOrder set incidentId = :t where incidentId = :s")
                .setParameter("t", target.id).setParameter("s", source.id).executeUpdate();
        if (source.establishedAt.isBefore(target.establishedAt)) {
            target.establishedAt = source.establishedAt; // one matter: its windows run from when it was first established
        }
        if (source.level.isAbove(target.level)) {
            target.level = source.level;
        }
        target.majorImpact = target.majorImpact || source.majorImpact;
        target.updatedAt = now;
        windows.apply(target);
        events.write(source, IncidentAction.MERGE);
        events.write(target, IncidentAction.ABSORB);
        return target;
    }

    @Transactional
    public Incident close(UUID id, IncidentForms.Close form) {
        Incident i = forUpdate(id);
        i.state = IncidentLifecycle.next(i.state, IncidentAction.CLOSE);
        OffsetDateTime now = clock.now();
        i.closedAt = now;
        i.closingNote = mask(form.note());
        i.updatedAt = now;
        windows.end(i, WindowState.MISSED);
        events.write(i, IncidentAction.CLOSE);
        return i;
    }

    /** The incident, locked for the change, after the caller's unit scope is checked. */
    public Incident forUpdate(UUID id) {
        deadlines.lockAll(Incident.AGGREGATE, id.toString()); // first: the sweeper holds them, then takes the incident
        Incident i = Incident.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (i == null) {
            throw new ResourceNotFoundException("舆情事件", id);
        }
        user.requireCovers(i.unit);
        return i;
    }

    private static String mask(String note) {
        String n = trimToNull(note);
        return n == null ? null : org.govopen.commons.privacy.PersonalDataMasker.maskText(n);
    }

    private static Incident lockedOrNull(UUID id) {
        return Incident.findById(id, LockModeType.PESSIMISTIC_WRITE);
    }

    private static void responsibility(Incident i, List<String> places, List<String> departments, String policyOf) {
        ResponsibilityRule.Responsibility r = ResponsibilityRule.responsible(places, departments, policyOf);
        i.places = new LinkedHashSet<>(places).toArray(String[]::new);
        i.departments = new LinkedHashSet<>(departments).toArray(String[]::new);
        i.policyOf = policyOf;
        i.beyondPlatform = r.beyondThisPlatform();
        i.responsibleGovernment = r.beyondThisPlatform() ? i.unit : r.government();
        i.leadDepartment = r.lead();
        i.coResponders = r.coResponders().toArray(String[]::new);
    }

    /** The signals named, each in the caller's scope and not yet part of another incident. */
    private List<Signal> signals(List<UUID> ids, String field, List<Violation> problems) {
        if (ids == null || ids.isEmpty()) {
            return List.of();
        }
        List<Signal> found = new ArrayList<>();
        List<UUID> distinct = new ArrayList<>(new java.util.TreeSet<>(ids)); // locked in one order: no deadlock between two requests
        for (int k = 0; k < distinct.size(); k++) {
            Signal s = Signal.findById(distinct.get(k), LockModeType.PESSIMISTIC_WRITE);
            String at = field + "[" + ids.indexOf(distinct.get(k)) + "]";
            if (s == null || !user.covers(s.unit)) {
                problems.add(new Violation(at, "监测信息不存在"));
            } else if (s.incidentId != null) {
                problems.add(new Violation(at, "已归入其他舆情事件"));
            } else {
                found.add(s);
            }
        }
        return found;
    }

    private String number(OffsetDateTime now) {
        long n = ((Number) em.createNativeQuery("select nextval('incident_number_seq')").getSingleResult()).longValue();
        return "YQ" + now.atZoneSameInstant(org.govopen.commons.calendar.WorkdayCalendar.ZONE).getYear() + "-" + String.format("%06d", n);
    }
}
