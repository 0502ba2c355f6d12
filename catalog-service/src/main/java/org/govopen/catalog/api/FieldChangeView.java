package org.govopen.catalog.api;

/** One element that differs between two versions of an entry, as people read it. */
public record FieldChangeView(String field, String label, String before, String after) {
}
