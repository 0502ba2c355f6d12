package org.govopen.catalog.api;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.govopen.catalog.domain.CatalogEntry;
import org.govopen.catalog.domain.EntryAction;
import org.govopen.catalog.domain.EntryElements;
import org.govopen.catalog.domain.EntryLifecycle;

/** The staff view of an entry: the working copy, where it stands, and what may be done next. */
public record EntryView(UUID id, String unit, String domain, String state, String stateLabel,
                        Integer publishedVersion, @JsonUnwrapped EntryElements elements, String reviewComment,
                        List<EntryAction> allowedActions, List<FieldChangeView> changesSincePublished,
                        OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    /** {@code changesSincePublished}: the working copy against the published version, empty before publication. */
    public static EntryView of(CatalogEntry e, List<FieldChangeView> changesSincePublished) {
        return new EntryView(e.id, e.unit, e.domain, e.state.name(), e.state.label(), e.publishedVersion,
                e.elements, e.reviewComment, EntryLifecycle.allowedActions(e.state), changesSincePublished,
                e.createdAt, e.updatedAt);
    }
}
