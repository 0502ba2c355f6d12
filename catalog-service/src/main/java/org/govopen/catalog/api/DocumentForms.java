package org.govopen.catalog.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.govopen.catalog.domain.DisclosureAttribute;
import org.govopen.commons.validation.HistoricalDate;
import org.govopen.commons.validation.NotAfterToday;

/** What staff send about documents and their disclosure attribute. */
public final class DocumentForms {

    private DocumentForms() {
    }

    @Schema(description = "公文登记：文号、标题、公开属性（依申请公开、不予公开须说明理由）")
    public record NewDocumentForm(
            @Schema(example = "nanning/qingxiu") @NotBlank @Size(max = 240) String unit,
            @Schema(example = "青政发〔2026〕3号") @Size(max = 100) String documentNumber,
            @Schema(example = "关于印发青秀区2026年征地补偿标准的通知") @NotBlank @Size(max = 300) String title,
            @NotNull DisclosureAttribute attribute,
            @Schema(description = "required for ON_REQUEST and NOT_DISCLOSED") @Size(max = 2000) String reason,
            @Schema(description = "成文日期；已有的文件可早于 2000 年（最早 1949-10-01）") @NotNull @NotAfterToday @HistoricalDate
            LocalDate formedOn,
            @Size(max = 1000) @Pattern(regexp = "https?://\\S+", message = "须为 http(s) 地址") String url) {
    }

    @Schema(description = "公开属性变更或复核结果；依申请公开、不予公开须说明理由")
    public record AttributeDecisionForm(
            @NotNull DisclosureAttribute attribute,
            @Size(max = 2000) String reason,
            @Schema(description = "the day of the decision or re-check; today when left out") @NotAfterToday LocalDate decidedOn,
            @Size(max = 1000) @Pattern(regexp = "https?://\\S+", message = "须为 http(s) 地址") String url) {
    }

    @Schema(description = "宣布文件失效（清理）")
    public record ObsolescenceForm(
            @Schema(example = "已被青政发〔2026〕9号废止") @NotBlank @Size(max = 1000) String reason,
            LocalDate obsoleteOn) {
    }

    @Schema(description = "公开一次清理结果：自上次清理以来宣布失效的文件")
    public record CleanupForm(@Size(max = 2000) String note) {
    }
}
