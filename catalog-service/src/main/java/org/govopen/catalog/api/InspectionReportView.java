package org.govopen.catalog.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The inspection report of a unit (网上巡查). */
public record InspectionReportView(String unit, String unitName, LocalDate inspectedOn, int publishedEntries,
                                   int publishedItems, List<EntryRef> entriesWithoutItems, List<ItemRef> lateItems,
                                   List<ItemRef> missingItems, List<DocumentRef> documentsOverdueForRecheck,
                                   List<Mismatch> villageMismatches, List<InterpretationRef> lateInterpretations) {

    public record EntryRef(UUID entryId, int version, String domain, String name) {
    }

    public record ItemRef(UUID itemId, UUID entryId, String title, LocalDate formedOn, LocalDate dueOn,
                          LocalDate publishedOn, long daysLate) {
    }

    public record DocumentRef(UUID documentId, String documentNumber, String title, String attribute,
                              LocalDate nextRecheckOn) {
    }

    /** An interpretation published after its document (解读未同步发布). */
    public record InterpretationRef(UUID interpretationId, UUID documentId, String documentNumber, String documentTitle,
                                    LocalDate documentPublishedOn, LocalDate publishedOn, int daysLate) {
    }

    public record Mismatch(String villageUnit, String villageUnitName, UUID villageEntryId, UUID governmentEntryId,
                           String matter, List<FieldChangeView> differences) {
    }
}
