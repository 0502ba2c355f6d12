package org.govopen.catalog.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A reviewer's return of an entry: the comments are required. */
public record ReturnCommentsForm(@NotBlank @Size(max = 4000) String comments) {
}
