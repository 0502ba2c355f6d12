package org.govopen.catalog.api;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.govopen.catalog.domain.EntryElements;
import org.govopen.catalog.domain.EntryVersion;

/** A published version, as the public reads it. */
public record VersionView(UUID entryId, int version, String unit, String domain,
                          @JsonUnwrapped EntryElements elements, OffsetDateTime publishedAt) {

    public static VersionView of(EntryVersion v) {
        return new VersionView(v.entryId, v.version, v.unit, v.domain, v.elements, v.publishedAt);
    }
}
