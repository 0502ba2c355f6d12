package org.govopen.catalog.domain;

/** 公开层级: the level of government that discloses the matter; villages and communities keep their own lists. */
public enum PublicationLevel {
    COUNTY("县级"),
    TOWNSHIP("乡级"),
    VILLAGE("村（居）级");

    private final String label;

    PublicationLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
