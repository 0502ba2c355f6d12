package org.govopen.catalog.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.govopen.catalog.api.FieldChangeView;
import org.govopen.catalog.api.InspectionReportView;
import org.govopen.catalog.api.InspectionReportView.DocumentRef;
import org.govopen.catalog.api.InspectionReportView.EntryRef;
import org.govopen.catalog.api.InspectionReportView.ItemRef;
import org.govopen.catalog.api.InspectionReportView.Mismatch;
import org.govopen.catalog.domain.DisclosureMethod;
import org.govopen.catalog.domain.DocumentStatus;
import org.govopen.catalog.domain.EntryElements;
import org.govopen.catalog.domain.EntryVersion;
import org.govopen.catalog.domain.GovDocument;
import org.govopen.catalog.domain.InformationItem;
import org.govopen.catalog.domain.ProactiveDisclosureRule;
import org.govopen.catalog.domain.Unit;
import org.govopen.commons.time.GovClock;

/**
 * The inspection of a unit's disclosure (网上巡查, 三随机 spot checks; rules.md §2): proactive entries with no
 * published item, information published late or still missing against the 20-working-day limit, documents
 * overdue for re-check, and the village/community lists below the unit whose content differs from the
 * unit's for the same matter (相同事项的公开内容对应一致), and policy interpretations published after their
 * documents (解读未同步发布).
 */
@ApplicationScoped
public class InspectionService {

    /** The elements that must agree between a village list and the government's for the same matter. */
    static final List<String> MATCHED_ELEMENTS = List.of("content", "legalBasis", "timeLimit", "method");

    @Inject
    UnitService units;

    @Inject
    CatalogueExport catalogue;

    @Inject
    GovClock clock;

    @Inject
    InterpretationService interpretations;

    @Inject
    org.govopen.commons.calendar.CurrentCalendar calendar;

    public InspectionReportView inspect(String unitPath) {
        Unit unit = units.require(unitPath);
        LocalDate today = clock.today();
        List<EntryVersion> entries = catalogue.publishedCatalogue(unit.path);
        List<InformationItem> items = InformationItem.list("unit = ?1 order by formedOn", unit.path);
        var withItems = new java.util.HashSet<UUID>();
        List<ItemRef> late = new ArrayList<>();
        List<ItemRef> missing = new ArrayList<>();
        int published = 0;
        for (InformationItem i : items) {
            if (i.isPublished()) {
                published++;
                withItems.add(i.entryId);
                if (i.late) {
                    late.add(itemRef(i, i.publishedOn));
                }
            } else {
                i.dueOn = ProactiveDisclosureRule.dueOn(calendar.get(), i.formedOn); // the calendar as it is now
                if (today.isAfter(i.dueOn)) {
                    missing.add(itemRef(i, today));
                }
            }
        }
        List<EntryRef> withoutItems = entries.stream()
                .filter(v -> v.elements.method == DisclosureMethod.PROACTIVE && !withItems.contains(v.entryId))
                .map(v -> new EntryRef(v.entryId, v.version, v.domain, v.elements.name)).toList();
        List<DocumentRef> overdue = GovDocument.<GovDocument>list(
                        "unit = ?1 and status = ?2 and nextRecheckOn < ?3 order by nextRecheckOn",
                        unit.path, DocumentStatus.IN_FORCE, today).stream()
                .map(d -> new DocumentRef(d.id, d.documentNumber, d.title, d.attribute.name(), d.nextRecheckOn)).toList();
        return new InspectionReportView(unit.path, unit.name, today, entries.size(), published, withoutItems, late, missing, overdue,
                villageMismatches(unit, entries), interpretations.late(unit.path));
    }

    /** Each village or community directly below the unit, entry by entry against the unit's entry for the same matter. */
    private List<Mismatch> villageMismatches(Unit unit, List<EntryVersion> governmentEntries) {
        Map<String, EntryVersion> byMatter = new HashMap<>();
        for (EntryVersion v : governmentEntries) {
            byMatter.put(v.elements.matterKey(v.domain), v);
        }
        List<Mismatch> out = new ArrayList<>();
        List<Unit> villages = Unit.list("parentPath = ?1 order by path", unit.path);
        for (Unit village : villages) {
            if (!village.kind.isGrassroots()) {
                continue;
            }
            for (EntryVersion v : catalogue.publishedCatalogue(village.path)) {
                EntryVersion gov = byMatter.get(v.elements.matterKey(v.domain));
                if (gov == null) {
                    continue;
                }
                List<FieldChangeView> differences = EntryQueries.diff(gov.elements, v.elements).stream()
                        .filter(c -> MATCHED_ELEMENTS.contains(c.field())).toList();
                if (!differences.isEmpty()) {
                    out.add(new Mismatch(village.path, village.name, v.entryId, gov.entryId, matter(v.elements), differences));
                }
            }
        }
        return out;
    }

    private static String matter(EntryElements e) {
        return e.firstLevelItem + (e.secondLevelItem == null ? "" : "／" + e.secondLevelItem) + "／" + e.name;
    }

    private static ItemRef itemRef(InformationItem i, LocalDate until) {
        return new ItemRef(i.id, i.entryId, i.title, i.formedOn, i.dueOn, i.publishedOn,
                Math.max(0, java.time.temporal.ChronoUnit.DAYS.between(i.dueOn, until)));
    }
}
