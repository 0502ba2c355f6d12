package org.govopen.catalog.api;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;

/** The latest published version of an entry, with the information published under it. */
public record PublishedEntryView(@JsonUnwrapped VersionView version, List<ItemView> items) {
}
