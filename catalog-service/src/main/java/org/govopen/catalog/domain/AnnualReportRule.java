package org.govopen.catalog.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.govopen.commons.disclosure.AnnualReportDeadlineRule;

/**
 * The annual report in the national format (国办公开办函〔2021〕30号; rules.md §2b): what must be there before it is
 * approved — the texts of 一 and 五, every hand-entered figure of table 二 and 六, and request-service's tables for 三 and
 * 四 — and when it is due ({@link AnnualReportDeadlineRule}: a department by 31 January, a government by 31 March).
 * Villages and communities keep no such report (村务公开 has its own rules).
 */
public final class AnnualReportRule {

    /** The head hears the disclosure work, and interprets an important policy, at least this often a year (seed 000). */
    public static final int HEAD_MINIMUM_PER_YEAR = 1;

    private AnnualReportRule() {
    }

    public static boolean keepsReport(UnitKind kind) {
        return !kind.isGrassroots();
    }

    public static LocalDate dueOn(int year, UnitKind kind) {
        return AnnualReportDeadlineRule.dueOn(year, kind == UnitKind.DEPARTMENT);
    }

    public static String duty(UnitKind kind) {
        return AnnualReportDeadlineRule.duty(kind == UnitKind.DEPARTMENT);
    }

    /** The fields still missing for approval, by name. */
    public static List<String> missing(AnnualReport r, boolean requestTablesReceived) {
        List<String> missing = new ArrayList<>();
        if (blank(r.overview)) missing.add("overview");
        if (r.licensingDecisions == null) missing.add("licensingDecisions");
        if (r.punishmentDecisions == null) missing.add("punishmentDecisions");
        if (r.enforcementDecisions == null) missing.add("enforcementDecisions");
        if (r.feesTenThousandYuan == null) missing.add("feesTenThousandYuan");
        if (!requestTablesReceived) missing.add("requestTables");
        if (blank(r.problems)) missing.add("problems");
        if (r.headHearings == null) missing.add("headHearings");
        return missing;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
