package org.govopen.catalog.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.govopen.catalog.domain.InspectionFinding;
import org.govopen.catalog.domain.InspectionItem;
import org.govopen.catalog.domain.InspectionRound;

/**
 * A round of random inspection with its draw — seed, the candidates it came from, the units, items and day drawn —
 * its findings, and the report (通报) once published. {@code pending} lists the drawn unit–item pairs still without a
 * finding; the report is published only when it is empty.
 */
public record InspectionRoundView(UUID id, String organiser, String title, long seed, LocalDate windowFrom,
                                  LocalDate windowTo, boolean repeat, List<String> candidates, List<String> units,
                                  List<ItemView> items, LocalDate inspectOn, List<FindingView> findings,
                                  List<String> pending, String reportSummary, LocalDate reportedOn, String link) {

    public record ItemView(String item, String label) {

        static ItemView of(InspectionItem i) {
            return new ItemView(i.name(), i.label());
        }
    }

    public record FindingView(UUID id, String unit, String item, String itemLabel, boolean conforms, String description,
                              LocalDate rectifyBy, LocalDate rectifiedOn, String rectificationNote, String rectification) {

        public static FindingView of(InspectionFinding f) {
            String rectification = f.conforms ? null
                    : f.rectifiedOn == null ? "整改中" : f.rectifiedLate() ? "逾期整改" : "已整改";
            return new FindingView(f.id, f.unit, f.item.name(), f.item.label(), f.conforms, f.description, f.rectifyBy,
                    f.rectifiedOn, f.rectificationNote, rectification);
        }
    }

    public static String link(UUID id) {
        return "/api/v1/public/inspection-rounds/" + id;
    }

    public static InspectionRoundView of(InspectionRound r, List<InspectionFinding> findings, List<String> pending) {
        return new InspectionRoundView(r.id, r.organiser, r.title, r.seed, r.windowFrom, r.windowTo, r.repeatDraws,
                r.candidates, r.drawnUnits, r.drawnItems.stream().map(ItemView::of).toList(), r.inspectOn,
                findings.stream().map(FindingView::of).toList(), pending, r.reportSummary, r.reportedOn, link(r.id));
    }
}
