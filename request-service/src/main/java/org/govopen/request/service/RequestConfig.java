package org.govopen.request.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "govopen.request")
public interface RequestConfig {

    /**
     * Key of the applicant hash ({@code applicantKey} in events): set a secret of your own in production; changing
     * it makes earlier applicants unrecognisable.
     */
    @WithDefault(ApplicantKeys.DEVELOPMENT_SECRET)
    String applicantKeySecret();

    /** 第三十五条: flag an application past this many of the applicant's in one calendar month. */
    @WithDefault("10")
    int excessivePerMonth();

    /** 第三十条: the correction period when the office sets none, in working days. */
    @WithDefault("15")
    int correctionPeriodWorkingDays();

    /** Named in reply letters as the body that hears an administrative review (行政复议机关). */
    @WithDefault("本级人民政府")
    String reviewBody();

    /** Named in reply letters as the court that hears a lawsuit. */
    @WithDefault("有管辖权的人民法院")
    String court();
}
