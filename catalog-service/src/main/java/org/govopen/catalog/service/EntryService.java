package org.govopen.catalog.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.govopen.catalog.api.EntryForm;
import org.govopen.catalog.domain.Audience;
import org.govopen.catalog.domain.CatalogEntry;
import org.govopen.catalog.domain.DisclosureDomain;
import org.govopen.catalog.domain.EntryAction;
import org.govopen.catalog.domain.EntryLifecycle;
import org.govopen.catalog.domain.EntryState;
import org.govopen.catalog.domain.EntryTransition;
import org.govopen.catalog.domain.EntryVersion;
import org.govopen.catalog.domain.PublicationLevel;
import org.govopen.catalog.domain.Unit;
import org.govopen.catalog.messaging.CatalogEvents;
import org.govopen.commons.calendar.CurrentCalendar;
import org.govopen.commons.calendar.WorkdayCalendar;
import org.govopen.commons.deadline.DeadlineConfig;
import org.govopen.commons.deadline.DeadlineKey;
import org.govopen.commons.deadline.Deadlines;
import org.govopen.commons.problem.InvalidInputException;
import org.govopen.commons.problem.ResourceNotFoundException;
import org.govopen.commons.problem.Violation;
import org.govopen.commons.time.GovClock;

/**
 * A unit's catalogue entries through their life cycle ({@link EntryLifecycle}): compile, submit to the
 * competent department, approve or return with comments, publish as a new version. Each step is recorded
 * and, where the public is concerned, announced on govopen.catalog.events.
 */
@ApplicationScoped
public class EntryService {

    static final String AGGREGATE = "entry";
    static final String REVIEW_DEADLINE = "review";

    @Inject
    UnitService units;

    @Inject
    CatalogEvents events;

    @Inject
    SearchIndex search;

    @Inject
    Deadlines deadlines;

    @Inject
    DeadlineConfig deadlineConfig;

    @Inject
    CurrentCalendar calendar;

    @Inject
    GovClock clock;

    @Transactional
    public CatalogEntry create(EntryForm form, String actor) {
        Unit unit = units.require(form.unit());
        validate(form, unit);
        CatalogEntry e = new CatalogEntry();
        e.id = UUID.randomUUID();
        e.unit = unit.path;
        e.domain = form.domain();
        e.elements = form.elements();
        e.state = EntryLifecycle.next(null, EntryAction.CREATE);
        e.createdAt = clock.now();
        e.updatedAt = e.createdAt;
        e.persist();
        transition(e, EntryAction.CREATE, null, actor, null);
        return e;
    }

    /**
     * Changes the working copy. A published entry gets a new draft (动态调整): the published version stays
     * public until the change is approved and published as the next version.
     */
    @Transactional
    public CatalogEntry edit(UUID id, EntryForm form, String actor) {
        CatalogEntry e = locked(id);
        EntryAction action = e.state == EntryState.PUBLISHED ? EntryAction.REVISE : EntryAction.EDIT;
        EntryLifecycle.next(e.state, action);
        if (!form.unit().equals(e.unit)) {
            throw new InvalidInputException("unit", "公开事项所属单位不能修改（原为“" + e.unit + "”）");
        }
        validate(form, units.require(e.unit));
        e.domain = form.domain();
        e.elements = form.elements();
        record(e, action, actor, null);
        return e;
    }

    @Transactional
    public CatalogEntry submit(UUID id, String actor) {
        CatalogEntry e = locked(id);
        record(e, EntryAction.SUBMIT, actor, null);
        openReviewDeadline(e, units.require(e.unit));
        return e;
    }

    @Transactional
    public CatalogEntry approve(UUID id, String actor, String comment) {
        CatalogEntry e = locked(id);
        record(e, EntryAction.APPROVE, actor, comment);
        e.reviewComment = null;
        deadlines.close(reviewKey(e));
        return e;
    }

    @Transactional
    public CatalogEntry returnWithComments(UUID id, String actor, String comments) {
        CatalogEntry e = locked(id);
        record(e, EntryAction.RETURN, actor, comments);
        e.reviewComment = comments;
        deadlines.close(reviewKey(e));
        return e;
    }

    /** Publishes the approved working copy as the next version; the earlier versions stay readable. */
    @Transactional
    public EntryVersion publish(UUID id, String actor) {
        CatalogEntry e = locked(id);
        String approvedBy = EntryTransition.<EntryTransition>find("entryId = ?1 and action = ?2 order by id desc",
                e.id, EntryAction.APPROVE).firstResultOptional().map(t -> t.actor).orElse(null);
        record(e, EntryAction.PUBLISH, actor, null);
        EntryVersion v = new EntryVersion();
        v.entryId = e.id;
        v.version = e.nextVersion();
        v.unit = e.unit;
        v.domain = e.domain;
        v.elements = e.elements.copy();
        v.publishedAt = e.updatedAt;
        v.publishedBy = actor;
        v.approvedBy = approvedBy;
        v.persist();
        e.publishedVersion = v.version;
        search.indexEntry(v);
        events.entryPublished(e, v);
        return v;
    }

    public CatalogEntry require(UUID id) {
        return CatalogEntry.<CatalogEntry>findByIdOptional(id)
                .orElseThrow(() -> new ResourceNotFoundException("公开事项", id));
    }

    public static DeadlineKey reviewKey(CatalogEntry e) {
        return DeadlineKey.of(AGGREGATE, e.aggregateId(), REVIEW_DEADLINE);
    }

    /**
     * The reviewing department has the unit's working days from submission, or until the fixed review day of
     * the unit's timeline when it has one that is still ahead (seed 000: 于2020年10月15日前审核完毕).
     */
    private void openReviewDeadline(CatalogEntry e, Unit unit) {
        String label = "公开事项“" + e.elements.name + "”的目录审核";
        LocalDate today = clock.today();
        if (unit.reviewBy != null && !unit.reviewBy.isBefore(today)) {
            WorkdayCalendar cal = calendar.get();
            LocalDate warnOn = cal.subtractWorkingDays(unit.reviewBy, deadlineConfig.warningWorkingDays());
            deadlines.openAt(reviewKey(e), label, e.unit, WorkdayCalendar.endOf(unit.reviewBy),
                    warnOn.isAfter(today) ? WorkdayCalendar.startOf(warnOn) : null);
        } else {
            deadlines.openWorkingDays(reviewKey(e), label, e.unit, today, unit.reviewWorkingDays);
        }
    }

    /** Applies {@code action} through the life cycle (409 if not allowed) and records it. */
    private void record(CatalogEntry e, EntryAction action, String actor, String note) {
        var from = e.state;
        e.state = EntryLifecycle.next(from, action);
        e.updatedAt = clock.now();
        transition(e, action, from, actor, note);
    }

    private void transition(CatalogEntry e, EntryAction action, EntryState from, String actor, String note) {
        EntryTransition t = new EntryTransition();
        t.entryId = e.id;
        t.action = action;
        t.fromState = from;
        t.toState = e.state;
        t.actor = actor;
        t.at = e.updatedAt;
        t.note = note == null || note.isBlank() ? null : note.trim();
        t.persist();
    }

    private CatalogEntry locked(UUID id) {
        CatalogEntry e = CatalogEntry.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (e == null) {
            throw new ResourceNotFoundException("公开事项", id);
        }
        return e;
    }

    /** What Bean Validation cannot see: the domain must exist for the unit, and the elements must agree. */
    private static void validate(EntryForm form, Unit unit) {
        List<Violation> problems = new ArrayList<>();
        DisclosureDomain domain = DisclosureDomain.findById(form.domain());
        if (domain == null || !domain.availableTo(unit.path)) {
            problems.add(new Violation("domain", "领域“" + form.domain() + "”不存在或不属于本单位"));
        }
        if (form.audience() == Audience.SPECIFIC_GROUP && (form.audienceDetail() == null || form.audienceDetail().isBlank())) {
            problems.add(new Violation("audienceDetail", "公开对象为特定群体时须写明是哪一群体"));
        }
        boolean villageList = unit.kind.isGrassroots();
        if (villageList != (form.level() == PublicationLevel.VILLAGE)) {
            problems.add(new Violation("level", villageList ? "村（居）的公开事项层级须为村（居）级"
                    : "村（居）级只用于村（居）委员会的公开事项"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
