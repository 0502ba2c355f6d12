package org.govopen.catalog.api;

import jakarta.validation.constraints.Size;

/** A reviewer's approval, with an optional comment. */
public record ReviewNoteForm(@Size(max = 2000) String comment) {
}
