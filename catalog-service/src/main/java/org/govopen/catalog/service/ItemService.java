package org.govopen.catalog.service;

import static org.govopen.commons.rest.FormText.trimToNull;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.govopen.catalog.api.ItemForm;
import org.govopen.catalog.domain.CatalogEntry;
import org.govopen.catalog.domain.InformationItem;
import org.govopen.catalog.domain.ProactiveDisclosureRule;
import org.govopen.catalog.messaging.CatalogEvents;
import org.govopen.commons.calendar.CurrentCalendar;
import org.govopen.commons.deadline.DeadlineKey;
import org.govopen.commons.deadline.Deadlines;
import org.govopen.commons.privacy.PersonalDataMasker;
import org.govopen.commons.problem.ConflictException;
import org.govopen.commons.problem.InvalidInputException;
import org.govopen.commons.problem.ResourceNotFoundException;
import org.govopen.commons.problem.Violation;
import org.govopen.commons.time.GovClock;

/**
 * Publishing under the catalogue (按目录公开): information attached to a published entry, due within 20
 * working days of being formed ({@link ProactiveDisclosureRule}). Information formed but not yet published has
 * a deadline row, so the sweeper warns before and raises a breach when it is missing; publishing closes it and
 * records whether it was late.
 */
@ApplicationScoped
public class ItemService {

    static final String AGGREGATE = "item";
    static final String PUBLICATION_DEADLINE = "publication";

    @Inject
    EntryService entries;

    @Inject
    SearchIndex search;

    @Inject
    CatalogEvents events;

    @Inject
    Deadlines deadlines;

    @Inject
    CurrentCalendar calendar;

    @Inject
    GovClock clock;

    @Transactional
    public InformationItem add(UUID entryId, ItemForm form, String actor) {
        CatalogEntry entry = entries.require(entryId);
        List<Violation> problems = new ArrayList<>();
        if (entry.publishedVersion == null) {
            throw new ConflictException("公开事项“" + entry.elements.name + "”尚未发布，不能在其下公开信息");
        }
        if ((form.body() == null || form.body().isBlank()) && (form.link() == null || form.link().isBlank())) {
            problems.add(new Violation("body", "正文和链接至少填写一项"));
        }
        LocalDate today = clock.today();
        if (form.formedOn().isAfter(today)) {
            problems.add(new Violation("formedOn", "形成日期不能晚于今天"));
        }
        problems.addAll(publicationDateProblems(form.formedOn(), form.publishedOn(), today));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        InformationItem i = new InformationItem();
        i.id = UUID.randomUUID();
        i.entryId = entry.id;
        i.unit = entry.unit;
        i.domain = entry.domain;
        // what is stored is what the public may see: personal data is masked before it is kept (seed 002)
        i.title = PersonalDataMasker.maskText(form.title().trim());
        i.body = form.body() == null || form.body().isBlank() ? null : PersonalDataMasker.maskText(form.body().strip());
        i.link = trimToNull(form.link());
        i.documentNumber = trimToNull(form.documentNumber());
        i.formedOn = form.formedOn();
        i.dueOn = ProactiveDisclosureRule.dueOn(calendar.get(), i.formedOn);
        i.createdAt = clock.now();
        i.createdBy = actor;
        i.persist();
        if (form.publishedOn() != null) {
            publishNow(i, form.publishedOn());
        } else {
            deadlines.openWorkingDays(publicationKey(i), "信息“" + i.title + "”的主动公开", i.unit, i.formedOn,
                    ProactiveDisclosureRule.WORKING_DAYS);
        }
        return i;
    }

    @Transactional
    public InformationItem publish(UUID itemId, LocalDate publishedOn) {
        InformationItem i = InformationItem.findById(itemId, LockModeType.PESSIMISTIC_WRITE);
        if (i == null) {
            throw new ResourceNotFoundException("公开信息", itemId);
        }
        if (i.isPublished()) {
            throw new ConflictException("该信息已于" + i.publishedOn + "公开");
        }
        LocalDate day = publishedOn == null ? clock.today() : publishedOn;
        List<Violation> problems = publicationDateProblems(i.formedOn, day, clock.today());
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        publishNow(i, day);
        return i;
    }

    public InformationItem require(UUID id) {
        return InformationItem.<InformationItem>findByIdOptional(id)
                .orElseThrow(() -> new ResourceNotFoundException("公开信息", id));
    }

    private void publishNow(InformationItem i, LocalDate publishedOn) {
        // judged by the calendar as it is now: a year's notice may have arrived since the item was formed
        i.dueOn = ProactiveDisclosureRule.dueOn(calendar.get(), i.formedOn);
        i.publishedOn = publishedOn;
        i.late = ProactiveDisclosureRule.isLate(i.dueOn, publishedOn);
        deadlines.close(publicationKey(i));
        search.indexItem(i);
        events.itemPublished(i);
    }

    private static List<Violation> publicationDateProblems(LocalDate formedOn, LocalDate publishedOn, LocalDate today) {
        List<Violation> problems = new ArrayList<>();
        if (publishedOn != null && publishedOn.isBefore(formedOn)) {
            problems.add(new Violation("publishedOn", "公开日期不能早于形成日期 " + formedOn));
        }
        if (publishedOn != null && publishedOn.isAfter(today)) {
            problems.add(new Violation("publishedOn", "公开日期不能晚于今天"));
        }
        return problems;
    }

    static DeadlineKey publicationKey(InformationItem i) {
        return DeadlineKey.of(AGGREGATE, i.id.toString(), PUBLICATION_DEADLINE);
    }
}
