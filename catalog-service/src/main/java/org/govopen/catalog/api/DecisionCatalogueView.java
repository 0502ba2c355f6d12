package org.govopen.catalog.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.govopen.catalog.domain.DecisionCatalogueVersion;
import org.govopen.catalog.domain.DecisionCatalogueVersion.Line;

/**
 * One published version of a government's yearly catalogue of major decisions (重大行政决策事项目录), with what
 * changed from the version before it and, on the current version, the hearing list (听证事项目录) with the hearings
 * held.
 */
public record DecisionCatalogueView(String unit, String unitName, int year, int version, LocalDate publishedOn,
                                    String changeNote, List<LineView> lines, List<ChangeView> changes,
                                    List<HearingListEntry> hearingList, String versionsLink) {

    public record LineView(UUID decisionId, String title, String department, LocalDate plannedBy,
                           boolean hearingRequired, String status, String statusLabel, String link) {

        static LineView of(Line l) {
            return new LineView(l.decisionId(), l.title(), l.department(), l.plannedBy(), l.hearingRequired(),
                    l.status().name(), l.status().label(), DecisionView.link(l.decisionId()));
        }
    }

    /** ADDED, WITHDRAWN or CHANGED (with the fields that changed: title, department, plannedBy, hearingRequired, status). */
    public record ChangeView(UUID decisionId, String title, String change, List<String> fields) {
    }

    /** A decision listed for a hearing, with the hearings held so far. */
    public record HearingListEntry(UUID decisionId, String title, String department, LocalDate plannedBy,
                                   List<DecisionView.MeetingView> hearings) {
    }

    public static String versionsLink(String unit, int year) {
        return "/api/v1/public/decision-catalogues/" + unit + "/" + year + "/versions";
    }

    public static DecisionCatalogueView of(DecisionCatalogueVersion v, DecisionCatalogueVersion previous, String unitName,
                                           List<HearingListEntry> hearingList) {
        return new DecisionCatalogueView(v.unit, unitName, v.year, v.version, v.publishedOn, v.changeNote,
                v.lines.stream().map(LineView::of).toList(), changes(previous, v), hearingList,
                versionsLink(v.unit, v.year));
    }

    /** What {@code v} changed from {@code previous} (everything is ADDED in a first version). */
    static List<ChangeView> changes(DecisionCatalogueVersion previous, DecisionCatalogueVersion v) {
        Map<UUID, Line> before = previous == null ? Map.of()
                : previous.lines.stream().collect(Collectors.toMap(Line::decisionId, Function.identity()));
        List<ChangeView> changes = new ArrayList<>();
        for (Line now : v.lines) {
            Line then = before.get(now.decisionId());
            if (then == null) {
                changes.add(new ChangeView(now.decisionId(), now.title(), "ADDED", List.of()));
                continue;
            }
            List<String> fields = new ArrayList<>();
            if (!Objects.equals(then.title(), now.title())) fields.add("title");
            if (!Objects.equals(then.department(), now.department())) fields.add("department");
            if (!Objects.equals(then.plannedBy(), now.plannedBy())) fields.add("plannedBy");
            if (then.hearingRequired() != now.hearingRequired()) fields.add("hearingRequired");
            if (then.status() != now.status()) fields.add("status");
            if (!fields.isEmpty()) {
                changes.add(new ChangeView(now.decisionId(), now.title(),
                        now.status() == org.govopen.catalog.domain.DecisionStatus.WITHDRAWN ? "WITHDRAWN" : "CHANGED", fields));
            }
        }
        return changes;
    }
}
