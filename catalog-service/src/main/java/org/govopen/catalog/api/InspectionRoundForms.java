package org.govopen.catalog.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.govopen.catalog.domain.InspectionItem;
import org.govopen.commons.validation.NotAfterToday;

/** What the disclosure office sends about a round of random inspection (三随机抽查巡检). */
public final class InspectionRoundForms {

    private InspectionRoundForms() {
    }

    @Schema(description = "一轮随机抽查：在时间窗口内随机抽取抽查日、被查单位和抽查事项")
    public record NewRoundForm(
            @Schema(description = "the government whose disclosure office inspects the units below it", example = "nanning")
            @NotBlank @Size(max = 240) String organiser,
            @Schema(example = "2026年第四季度政务公开随机抽查") @NotBlank @Size(max = 300) String title,
            @Schema(description = "first day the inspection may fall on", example = "2026-10-01") @NotNull LocalDate from,
            @Schema(description = "last day the inspection may fall on", example = "2026-10-09") @NotNull LocalDate to,
            @Schema(description = "how many units to inspect", example = "3") @NotNull @Min(1) @Max(500) Integer unitCount,
            @Schema(description = "how many of the fifteen items", example = "5") @NotNull @Min(1) @Max(100) Integer itemCount,
            @Schema(description = "draw with repeats (each pick independent); default false") Boolean repeat,
            @Schema(description = "the seed of the draw; a random one is chosen and recorded when left out") Long seed) {
    }

    @Schema(description = "对一个被查单位、一项抽查事项的检查结果；发现问题的须限期整改")
    public record FindingForm(
            @Schema(example = "nanning/qingxiu") @NotBlank @Size(max = 240) String unit,
            @NotNull InspectionItem item,
            @Schema(description = "true: no problem found") @NotNull Boolean conforms,
            @Schema(example = "2 件政策文件的解读晚于文件发布") @NotBlank @Size(max = 5000) String description,
            @Schema(description = "the day the problem is to be rectified by; required when conforms is false")
            LocalDate rectifyBy) {
    }

    @Schema(description = "被查单位的整改情况")
    public record RectificationForm(
            @Schema(example = "已补发解读并在文件页面建立链接") @NotBlank @Size(max = 5000) String note,
            @Schema(description = "today when left out") @NotAfterToday LocalDate rectifiedOn) {
    }

    @Schema(description = "发布抽查通报")
    public record ReportForm(
            @Schema(example = "本次抽查 3 个单位 5 项内容，发现问题 2 个，已责令限期整改。") @NotBlank @Size(max = 20000) String summary) {
    }
}
