package org.govopen.request.domain;

/** A posted application: signed-for mail (挂号信、EMS) or an ordinary letter (平信). */
public enum PostType {
    SIGNED_FOR("挂号信或特快专递"),
    ORDINARY_LETTER("平常信函");

    private final String label;

    PostType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
