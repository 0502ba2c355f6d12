package org.govopen.catalog.api;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The parts of an annual report entered by hand; the rest is counted from the catalogue or taken from
 * request-service. A draft may leave any of them out; approval names what is still missing.
 */
@Schema(description = "年度报告中须人工填写的部分：一、五、六的文字，表二中本系统无登记的数字，主要负责人听取汇报次数")
public record AnnualReportForm(
        @Schema(description = "一、总体情况") @Size(max = 50000) String overview,
        @Schema(description = "五、存在的主要问题及改进情况") @Size(max = 50000) String problems,
        @Schema(description = "六、其他需要报告的事项") @Size(max = 50000) String otherMatters,
        @Schema(description = "表二 行政许可 本年处理决定数量") @Min(0) @Max(100000000) Integer licensingDecisions,
        @Schema(description = "表二 行政处罚 本年处理决定数量") @Min(0) @Max(100000000) Integer punishmentDecisions,
        @Schema(description = "表二 行政强制 本年处理决定数量") @Min(0) @Max(100000000) Integer enforcementDecisions,
        @Schema(description = "表二 行政事业性收费 本年收费金额（万元，两位小数）", example = "12.50")
        @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal feesTenThousandYuan,
        @Schema(description = "本年主要负责人听取政务公开工作汇报次数（每年至少 1 次）") @Min(0) @Max(1000) Integer headHearings) {
}
