package org.govopen.commons.disclosure;

import java.time.LocalDate;

/**
 * When a year's annual report is due (rules.md §3; 条例第四十九、五十条): a department sends its report to the
 * government's disclosure office by 31 January of the next year; a government publishes its own by 31 March.
 */
public final class AnnualReportDeadlineRule {

    private AnnualReportDeadlineRule() {
    }

    public static LocalDate dueOn(int reportYear, boolean department) {
        return department ? LocalDate.of(reportYear + 1, 1, 31) : LocalDate.of(reportYear + 1, 3, 31);
    }

    /** What is due by then, in the report's words. */
    public static String duty(boolean department) {
        return department ? "部门于次年1月31日前向本级政府信息公开工作主管部门报送年度报告"
                : "政府于次年3月31日前向社会公布年度报告";
    }
}
