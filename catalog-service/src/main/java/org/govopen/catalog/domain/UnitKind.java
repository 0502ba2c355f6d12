package org.govopen.catalog.domain;

/** The kinds of unit in the tree: governments at each level, grassroots self-governing bodies, departments. */
public enum UnitKind {
    CITY("市"),
    COUNTY("县"),
    DISTRICT("区"),
    DEVELOPMENT_ZONE("开发区"),
    TOWNSHIP("乡镇"),
    STREET("街道"),
    /** 村民委员会: keeps its own list, which must match the government's for the same matters. */
    VILLAGE("村"),
    /** 居民委员会. */
    COMMUNITY("社区"),
    /** A department of the government above it (市自然资源局 under the city). */
    DEPARTMENT("部门");

    private final String label;

    UnitKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isGovernment() {
        return this != VILLAGE && this != COMMUNITY && this != DEPARTMENT;
    }

    /** Villages and communities: 村（居）务公开. */
    public boolean isGrassroots() {
        return this == VILLAGE || this == COMMUNITY;
    }
}
