package org.govopen.sentiment.service;

import static org.govopen.commons.rest.FormText.trimToNull;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.govopen.commons.deadline.DeadlineAlert;
import org.govopen.commons.deadline.DeadlineFired;
import org.govopen.commons.deadline.DeadlineKey;
import org.govopen.commons.deadline.Deadlines;
import org.govopen.commons.problem.ConflictException;
import org.govopen.commons.problem.InvalidInputException;
import org.govopen.commons.problem.ResourceNotFoundException;
import org.govopen.commons.rest.Page;
import org.govopen.commons.rest.PageRequest;
import org.govopen.commons.security.CurrentUser;
import org.govopen.commons.security.UnitScope;
import org.govopen.commons.time.GovClock;
import org.govopen.sentiment.api.IncidentForms;
import org.govopen.sentiment.api.OrderForms;
import org.govopen.sentiment.api.OrderView;
import org.govopen.sentiment.domain.HandoffOrder;
import org.govopen.sentiment.domain.HandoffOrderEntry;
import org.govopen.sentiment.domain.Incident;
import org.govopen.sentiment.domain.IncidentKind;
import org.govopen.sentiment.domain.IncidentLevel;
import org.govopen.sentiment.domain.IncidentOrigin;
import org.govopen.sentiment.domain.IncidentState;

/**
 * Hand-off orders (转办单), out and in: issued or received, acknowledged, answered with interim and final feedback.
 * The feedback deadline is a kernel deadline warned at the windows' points and breached once (the overdue-feedback
 * alert); the final feedback closes it. Either side may act: the desk that owns the incident, or the unit the order
 * went to.
 */
@ApplicationScoped
public class HandoffOrders {

    @Inject
    EntityManager em;

    @Inject
    GovClock clock;

    @Inject
    CurrentUser user;

    @Inject
    Deadlines deadlines;

    @Inject
    IncidentService incidents;

    @Inject
    SentimentConfig config;

    @Inject
    org.govopen.commons.events.Outbox outbox;

    /** docs/events/govopen.sentiment.order.v1.json: one schema for every step. */
    static final String EVENT_SCHEMA = "govopen.sentiment.order";

    public static DeadlineKey key(UUID order) {
        return DeadlineKey.of(HandoffOrder.AGGREGATE, order.toString(), HandoffOrder.FEEDBACK);
    }

    /** An order out, for an open incident of my unit or below. */
    @Transactional
    public HandoffOrder issue(OrderForms.Issue form, String actor) {
        OffsetDateTime now = clock.now();
        Incident incident = Incident.findById(form.incidentId(), LockModeType.PESSIMISTIC_WRITE);
        if (incident == null || !user.covers(incident.unit)) {
            throw new InvalidInputException("incidentId", "舆情事件不存在");
        }
        if (incident.state != IncidentState.OPEN) {
            throw new ConflictException("舆情" + incident.number + "当前状态为“" + incident.state.label() + "”，不能转办");
        }
        if (!form.feedbackDueAt().isAfter(now)) {
            throw new InvalidInputException("feedbackDueAt", "反馈期限须晚于当前时间（" + Shown.time(now) + "）");
        }
        long n = ((Number) em.createNativeQuery("select nextval('handoff_order_number_seq')").getSingleResult()).longValue();
        String number = "ZB" + now.atZoneSameInstant(org.govopen.commons.calendar.WorkdayCalendar.ZONE).getYear()
                + "-" + String.format("%06d", n);
        return create(incident, HandoffOrder.Direction.OUT, number, incident.unit, form.toUnit(), form.factsToCheck(),
                now, form.feedbackDueAt(), actor, "ISSUED", "转办至 " + form.toUnit());
    }

    /** An order in from the province or city: it establishes an incident of the unit it was sent to. */
    @Transactional
    public HandoffOrder receive(OrderForms.Inbound form, String actor) {
        OffsetDateTime now = clock.now();
        OffsetDateTime received = form.receivedAt() == null ? now : form.receivedAt();
        if (received.isAfter(now)) {
            throw new InvalidInputException("receivedAt", "不能晚于当前时间（" + Shown.time(now) + "）");
        }
        if (!form.feedbackDueAt().isAfter(received)) {
            throw new InvalidInputException("feedbackDueAt", "反馈期限须晚于收到时间（" + Shown.time(received) + "）");
        }
        if (HandoffOrder.count("direction = ?1 and fromUnit = ?2 and number = ?3", HandoffOrder.Direction.IN,
                form.from().strip(), form.number().strip()) > 0) {
            throw new ConflictException("已收到" + form.from().strip() + "的转办单 " + form.number().strip());
        }
        Incident incident = incidents.establish(new IncidentForms.Open(form.toUnit(), form.title(), form.factsToCheck(),
                received, form.level() == null ? IncidentLevel.ORDINARY : form.level(),
                IncidentKind.HIGHER_GOVERNMENT_REQUEST, false, null, null, null), IncidentOrigin.TRANSFER_ORDER, List.of(), actor);
        return create(incident, HandoffOrder.Direction.IN, form.number().strip(), form.from().strip(), form.toUnit(),
                form.factsToCheck(), received, form.feedbackDueAt(), actor, "RECEIVED", "收到 " + form.from().strip() + " 转办单");
    }

    private HandoffOrder create(Incident incident, HandoffOrder.Direction direction, String number, String from, String to,
                                String facts, OffsetDateTime issued, OffsetDateTime due, String actor, String action, String text) {
        HandoffOrder o = new HandoffOrder();
        o.id = UUID.randomUUID();
        o.incidentId = incident.id;
        o.direction = direction;
        o.number = number;
        o.fromUnit = from;
        o.toUnit = to;
        o.factsToCheck = org.govopen.commons.privacy.PersonalDataMasker.maskText(facts.strip());
        o.feedbackDueAt = due;
        o.state = HandoffOrder.State.ISSUED;
        o.issuedAt = issued;
        o.createdBy = actor;
        o.persist();
        entry(o, action, actor, text);
        deadlines.aggregateCreated(HandoffOrder.AGGREGATE, o.aggregateId());
        List<OffsetDateTime> warnings = org.govopen.sentiment.domain.ResponseWindowRule.warningPoints(issued, due,
                config.windows().warnAt());
        String unit = direction == HandoffOrder.Direction.OUT ? incident.unit : to;
        deadlines.openWarnedAt(key(o.id), "转办单" + number + " 反馈", unit, due, warnings);
        return o;
    }

    @Transactional
    public HandoffOrder acknowledge(UUID id, OrderForms.Acknowledge form, String actor) {
        HandoffOrder o = forUpdate(id);
        if (o.state != HandoffOrder.State.ISSUED) {
            throw new org.govopen.commons.problem.IllegalTransitionException(o.state.name(), o.state.label(), "ACKNOWLEDGE",
                    o.state == HandoffOrder.State.FINAL_FEEDBACK ? List.of() : List.of("FEEDBACK"));
        }
        o.state = HandoffOrder.State.ACKNOWLEDGED;
        o.acknowledgedAt = clock.now();
        String note = trimToNull(form == null ? null : form.note());
        entry(o, "ACKNOWLEDGED", actor, note == null ? null : org.govopen.commons.privacy.PersonalDataMasker.maskText(note));
        return o;
    }

    @Transactional
    public HandoffOrder feedback(UUID id, OrderForms.Feedback form, String actor) {
        HandoffOrder o = forUpdate(id);
        if (o.state == HandoffOrder.State.FINAL_FEEDBACK) {
            throw new org.govopen.commons.problem.IllegalTransitionException(o.state.name(), o.state.label(), "FEEDBACK", List.of());
        }
        OffsetDateTime now = clock.now();
        if (o.acknowledgedAt == null) {
            o.acknowledgedAt = now; // feedback is receipt too
        }
        boolean last = Boolean.TRUE.equals(form.last());
        o.state = last ? HandoffOrder.State.FINAL_FEEDBACK : HandoffOrder.State.INTERIM_FEEDBACK;
        entry(o, last ? "FINAL_FEEDBACK" : "INTERIM_FEEDBACK", actor,
                org.govopen.commons.privacy.PersonalDataMasker.maskText(form.text().strip()));
        if (last) {
            o.finalAt = now;
            deadlines.close(key(o.id));
        }
        return o;
    }

    /** The feedback deadline passed without the final feedback: the order is overdue (the kernel alerts). */
    void onBreach(@Observes DeadlineFired fired) {
        if (fired.level() != DeadlineAlert.Level.BREACH || !HandoffOrder.AGGREGATE.equals(fired.key().aggregateType())) {
            return;
        }
        HandoffOrder o = HandoffOrder.findById(UUID.fromString(fired.key().aggregateId()), LockModeType.PESSIMISTIC_WRITE);
        if (o == null || o.state == HandoffOrder.State.FINAL_FEEDBACK || o.overdue) {
            return;
        }
        o.overdue = true;
        entry(o, "OVERDUE", "system", "反馈期限已过，未收到最终反馈");
    }

    public OrderView view(HandoffOrder o) {
        return OrderView.of(o, HandoffOrderEntry.list("orderId = ?1 order by at, seq", o.id));
    }

    public OrderView view(UUID id) {
        HandoffOrder o = HandoffOrder.findById(id);
        if (o == null || !mayAct(o)) {
            throw new ResourceNotFoundException("转办单", id);
        }
        return view(o);
    }

    public Page<OrderView> list(UUID incidentId, String unit, Boolean overdue, PageRequest paging) {
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        StringBuilder where = new StringBuilder();
        if (incidentId != null) {
            Incident i = Incident.findById(incidentId);
            if (i == null || !user.covers(i.unit)) {
                throw new InvalidInputException("incidentId", "舆情事件不存在");
            }
            where.append("incidentId = :incident");
            params.put("incident", incidentId);
        } else {
            String scope = unit == null || unit.isBlank() ? user.requireUnit() : unit;
            user.requireCovers(scope);
            where.append(UnitScope.condition("toUnit", scope, params));
        }
        if (overdue != null) {
            where.append(" and overdue = :overdue and state <> :final");
            params.put("overdue", overdue);
            params.put("final", HandoffOrder.State.FINAL_FEEDBACK);
        }
        String order = paging.orderBy(java.util.Map.of("issuedAt", "issuedAt, number", "-issuedAt", "issuedAt desc, number",
                "feedbackDueAt", "feedbackDueAt, number"), "-issuedAt");
        var q = HandoffOrder.<HandoffOrder>find(where + " order by " + order, params);
        List<HandoffOrder> page = q.page(paging.page, paging.size).list();
        // the page's histories in one query
        java.util.Map<UUID, List<HandoffOrderEntry>> histories = new java.util.HashMap<>();
        if (!page.isEmpty()) {
            for (HandoffOrderEntry e : HandoffOrderEntry.<HandoffOrderEntry>list("orderId in ?1 order by at, seq",
                    page.stream().map(x -> x.id).toList())) {
                histories.computeIfAbsent(e.orderId, k -> new java.util.ArrayList<>()).add(e);
            }
        }
        return paging.page(page.stream().map(o -> OrderView.of(o, histories.getOrDefault(o.id, List.of()))).toList(), q.count());
    }

    private HandoffOrder forUpdate(UUID id) {
        deadlines.lockAll(HandoffOrder.AGGREGATE, id.toString()); // first: the sweeper holds it, then takes the order
        HandoffOrder o = HandoffOrder.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (o == null || !mayAct(o)) {
            throw new ResourceNotFoundException("转办单", id);
        }
        return o;
    }

    /** The desk owning the incident, or the unit the order went to (and the units above either). */
    private boolean mayAct(HandoffOrder o) {
        if (user.covers(o.toUnit)) {
            return true;
        }
        Incident i = Incident.findById(o.incidentId);
        return i != null && user.covers(i.unit);
    }

    /** The step in the order's history, and its event on {@code govopen.sentiment.events}. */
    private void entry(HandoffOrder o, String action, String actor, String text) {
        HandoffOrderEntry e = new HandoffOrderEntry();
        e.id = UUID.randomUUID();
        e.orderId = o.id;
        e.at = clock.now();
        e.action = action;
        e.actor = actor;
        e.text = text;
        e.persist();
        String name = action.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        outbox.writeWithSchema(org.govopen.commons.events.Topics.SENTIMENT_EVENTS, "govopen.sentiment.order." + name, EVENT_SCHEMA,
                o.aggregateId(), new org.govopen.sentiment.messaging.OrderEvent(o.id, o.incidentId, o.number, o.direction,
                        o.fromUnit, o.toUnit, name, o.state, o.feedbackDueAt, o.overdue, e.at));
    }
}
