package org.govopen.catalog.api;

import java.time.LocalDate;
import java.util.UUID;
import org.govopen.catalog.domain.InformationItem;

/** Information under a catalogue entry, published or still due. */
public record ItemView(UUID id, UUID entryId, String unit, String domain, String title, String body, String link,
                       String documentNumber, LocalDate formedOn, LocalDate dueOn, LocalDate publishedOn,
                       boolean late) {

    public static ItemView of(InformationItem i) {
        return new ItemView(i.id, i.entryId, i.unit, i.domain, i.title, i.body, i.link, i.documentNumber,
                i.formedOn, i.dueOn, i.publishedOn, i.late);
    }
}
