package org.govopen.commons.rest;

/** What forms send as optional text: surrounding blanks dropped, and nothing at all when only blanks were sent. */
public final class FormText {

    private FormText() {
    }

    /** {@code "  x "} → {@code "x"}; null, empty or blank → null. */
    public static String trimToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
