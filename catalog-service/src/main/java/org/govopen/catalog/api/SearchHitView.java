package org.govopen.catalog.api;

import java.time.LocalDate;
import java.util.UUID;

/** One search result: a published entry ({@code kind} entry) or published information ({@code kind} item). */
public record SearchHitView(String kind, UUID id, UUID entryId, String unit, String domain, String title,
                            String summary, LocalDate publishedOn, double rank) {
}
