package org.govopen.request.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.govopen.commons.calendar.CurrentCalendar;
import org.govopen.commons.deadline.DeadlineView;
import org.govopen.commons.deadline.Deadlines;
import org.govopen.commons.privacy.PersonalDataMasker;
import org.govopen.commons.problem.InvalidInputException;
import org.govopen.commons.problem.ResourceNotFoundException;
import org.govopen.commons.rest.Page;
import org.govopen.commons.rest.PageRequest;
import org.govopen.commons.security.CurrentUser;
import org.govopen.commons.security.TrackingCredentials;
import org.govopen.commons.security.UnitScope;
import org.govopen.commons.time.GovClock;
import org.govopen.request.api.ApplicationSummaryView;
import org.govopen.request.api.ApplicationView;
import org.govopen.request.api.DueView;
import org.govopen.request.api.TransitionView;
import org.govopen.request.api.TrackingView;
import org.govopen.request.domain.ApplicantKind;
import org.govopen.request.domain.Application;
import org.govopen.request.domain.ApplicationState;
import org.govopen.request.domain.Channel;
import org.govopen.request.domain.Consultation;
import org.govopen.request.domain.Remedy;
import org.govopen.request.domain.ReplyOutcome;
import org.govopen.request.domain.Transition;
import org.govopen.request.domain.UnitName;

/** Reading cases: one case for staff, lists within a unit, and the applicant's own view. */
@ApplicationScoped
public class ApplicationQueries {

    /** Filters of the staff list; null means "any". */
    public record ListFilter(String unit, List<ApplicationState> states, List<Channel> channels, List<ReplyOutcome> outcomes,
                             Integer dueWithinDays, Boolean overdue, Boolean excessive) {
    }

    /**
     * Each order is the order of an index (migration V202612011100), so a page is read off the index, whatever the
     * table statistics say. A concluded case's reply deadline is closed ({@code reply_due_at} null): it is due no more
     * and goes last, with the cases not yet received.
     */
    private static final Map<String, String> SORTS = Map.of(
            "dueAt", "a.reply_due_at asc nulls last, a.case_number",
            "-dueAt", "a.reply_due_at desc nulls last, a.case_number",
            "receivedOn", "a.received_on asc nulls last, a.case_number",
            "-receivedOn", "a.received_on desc nulls last, a.case_number",
            "submittedOn", "a.submitted_on, a.case_number",
            "-submittedOn", "a.submitted_on desc, a.case_number desc",
            "caseNumber", "a.case_number",
            "-caseNumber", "a.case_number desc");

    @Inject
    EntityManager em;

    @Inject
    ApplicationLookup lookup;

    @Inject
    TrackingCredentials credentials;

    @Inject
    Deadlines deadlines;

    @Inject
    ReplyClock replyClock;

    @Inject
    CurrentCalendar calendar;

    @Inject
    GovClock clock;

    @Inject
    CurrentUser user;

    public ApplicationView view(UUID id) {
        return view(lookup.forStaff(id));
    }

    public ApplicationView view(Application a) {
        DueView due = replyClock.reply(a).map(d -> DueView.of(d, calendar.get(), clock.now())).orElse(null);
        return ApplicationView.of(a, due, Consultation.of(a.id), Remedy.list("applicationId = ?1 order by filedOn", a.id),
                deadlines.of(ApplicationDeadlines.AGGREGATE, a.aggregateId()).stream().map(DeadlineView::of).toList());
    }

    public List<TransitionView> history(UUID id) {
        Application a = lookup.forStaff(id);
        return Transition.historyOf(a.id).stream().map(TransitionView::forStaff).toList();
    }

    /** The applicant's view; 404 alike for an unknown code and a wrong secret. */
    public TrackingView track(String code, String secret) {
        Application a = tracked(code, secret);
        var reply = replyClock.reply(a).filter(d -> !a.state.isConcluded());
        return new TrackingView(a.caseNumber, UnitName.of(a.unit), a.state, a.state.label(), a.submittedOn, a.receivedOn,
                reply.map(d -> d.dueDate).orElse(null),
                reply.map(d -> d.state == org.govopen.commons.deadline.DeadlineState.PAUSED).orElse(false),
                a.extension().workingDays == null ? null : new TrackingView.ExtensionNotice(a.extension().workingDays,
                        a.extension().reason, a.extension().noticeOn),
                a.state == ApplicationState.AWAITING_CORRECTION ? a.correction().items : null,
                a.fee().isPending() ? a.fee().amount : null,
                a.reply().outcome == null ? null : a.reply().outcome.label(), a.reply().repliedOn,
                a.reply().repliedOn != null,
                Transition.historyOf(a.id).stream().map(TransitionView::forApplicant).toList());
    }

    public Application tracked(String code, String secret) {
        Application a = code == null ? null
                : Application.<Application>find("trackingCode", code.trim().toUpperCase(Locale.ROOT)).firstResult();
        if (a == null || !credentials.matches(secret, a.trackingSecretHash)) {
            throw new ResourceNotFoundException("申请（查询码或查询密码不正确）", code);
        }
        return a;
    }

    public Page<ApplicationSummaryView> list(ListFilter f, PageRequest paging) {
        String scope = user.requireUnit();
        String unit = f.unit() == null || f.unit().isBlank() ? scope : f.unit();
        user.requireCovers(unit);
        String order = paging.orderBy(SORTS, "dueAt");
        Map<String, Object> params = new LinkedHashMap<>();
        StringBuilder where = new StringBuilder(" where " + UnitScope.condition("a.unit", unit, params));
        if (f.states() != null && !f.states().isEmpty()) {
            where.append(" and a.state in (:states)");
            params.put("states", f.states().stream().map(Enum::name).toList());
        }
        if (f.channels() != null && !f.channels().isEmpty()) {
            where.append(" and a.channel in (:channels)");
            params.put("channels", f.channels().stream().map(Enum::name).toList());
        }
        if (f.outcomes() != null && !f.outcomes().isEmpty()) {
            where.append(" and a.outcome in (:outcomes)");
            params.put("outcomes", f.outcomes().stream().map(Enum::name).toList());
        }
        if (f.excessive() != null) {
            where.append(" and a.excessive = :excessive");
            params.put("excessive", f.excessive());
        }
        OffsetDateTime now = clock.now();
        if (Boolean.TRUE.equals(f.overdue())) {
            where.append(" and a.reply_clock = 'ACTIVE' and a.reply_due_at <= :now");
            params.put("now", now);
        }
        if (f.dueWithinDays() != null) {
            // a paused clock is not due: its stored due date leaves out the running pause
            where.append(" and a.reply_clock = 'ACTIVE' and a.reply_due_at <= :limit");
            params.put("limit", now.plusDays(f.dueWithinDays()));
        }
        String from = " from application a";
        Query count = em.createNativeQuery("select count(*) " + from + where);
        Query select = em.createNativeQuery("""
                select a.id, a.case_number, a.unit, a.state, a.channel, a.applicant_kind, a.applicant_name,
                       a.submitted_on, a.received_on, a.reply_due_date, a.reply_due_at, a.reply_clock, a.outcome, a.excessive
                """ + from + where
                + " order by " + order);
        params.forEach((k, v) -> {
            count.setParameter(k, v);
            select.setParameter(k, v);
        });
        select.setFirstResult(paging.offset()).setMaxResults(paging.size);
        List<ApplicationSummaryView> items = new ArrayList<>();
        for (Object o : select.getResultList()) {
            Object[] r = (Object[]) o;
            OffsetDateTime dueAt = toOffset(r[10]);
            String clockState = (String) r[11];
            ApplicationState state = ApplicationState.valueOf((String) r[3]);
            boolean open = clockState != null && !"CLOSED".equals(clockState);
            items.add(new ApplicationSummaryView((UUID) r[0], (String) r[1], (String) r[2], state, state.label(),
                    Channel.valueOf((String) r[4]), ApplicantKind.valueOf((String) r[5]),
                    PersonalDataMasker.maskName((String) r[6]), toDate(r[7]), toDate(r[8]), open ? toDate(r[9]) : null,
                    open ? dueAt : null, "PAUSED".equals(clockState),
                    "ACTIVE".equals(clockState) && dueAt != null && !now.isBefore(dueAt),
                    r[12] == null ? null : ReplyOutcome.valueOf((String) r[12]), (Boolean) r[13]));
        }
        return paging.page(items, ((Number) count.getSingleResult()).longValue());
    }

    private static LocalDate toDate(Object o) {
        if (o == null) {
            return null;
        }
        return o instanceof LocalDate d ? d : ((java.sql.Date) o).toLocalDate();
    }

    private static OffsetDateTime toOffset(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof OffsetDateTime t) {
            return t;
        }
        if (o instanceof java.time.Instant i) {
            return i.atOffset(ZoneOffset.UTC);
        }
        return ((Timestamp) o).toInstant().atOffset(ZoneOffset.UTC);
    }
}
