package org.govopen.catalog.domain;

/**
 * A document whose applications reach a threshold of applicants or of frequency may be converted from
 * 依申请公开/不予公开 to 主动公开 (rules.md §2; seed 002: 依申请公开的人数和频次达到一定范围). The thresholds
 * are the unit's (configurable; defaults in {@code CatalogConfig}: 3 applicants or 5 applications).
 */
public final class ConversionThresholdRule {

    private ConversionThresholdRule() {
    }

    public static boolean reached(Unit unit, int applicants, int applications) {
        return applicants >= unit.conversionApplicants || applications >= unit.conversionApplications;
    }
}
