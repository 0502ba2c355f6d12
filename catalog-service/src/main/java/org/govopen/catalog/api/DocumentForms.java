package org.govopen.catalog.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.govopen.catalog.domain.DisclosureAttribute;
import org.govopen.catalog.domain.DocumentKind;
import org.govopen.catalog.domain.InterpretationForm;
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
            @Size(max = 1000) @Pattern(regexp = "https?://\\S+", message = "须为 http(s) 地址") String url,
            @Schema(description = "政策性文件须同步解读：为 true 时，未附解读不予发布") Boolean needsInterpretation,
            @Schema(description = "起草部门（谁起草、谁解读）", example = "青秀区自然资源局") @Size(max = 200) String draftingDepartment,
            @Schema(description = "规章 (REGULATION), 行政规范性文件 (NORMATIVE) or other (default): counted in table 二 of the annual report")
            DocumentKind kind) {

        public boolean interpretationNeeded() {
            return Boolean.TRUE.equals(needsInterpretation);
        }
    }

    @Schema(description = "在政府网站发布文件（仅主动公开的文件）；其解读同步发布")
    public record PublicationForm(
            @Schema(description = "the day of publication; today when left out") @NotAfterToday LocalDate publishedOn,
            @Schema(description = "the document's address on the website") @Size(max = 1000)
            @Pattern(regexp = "https?://\\S+", message = "须为 http(s) 地址") String url) {
    }

    @Schema(description = "政策解读：形式、材料、起草部门及解读人（主要负责人为第一解读人）")
    public record NewInterpretationForm(
            @NotNull InterpretationForm form,
            @Schema(example = "《关于印发青秀区2026年征地补偿标准的通知》政策解读") @NotBlank @Size(max = 300) String title,
            @Schema(description = "the text of the interpretation (问答、说明)") @Size(max = 20000) String content,
            @Schema(description = "the materials' address (图解、音视频、访谈)") @Size(max = 1000)
            @Pattern(regexp = "https?://\\S+", message = "须为 http(s) 地址") String materialsUrl,
            @Schema(description = "defaults to the document's drafting department", example = "青秀区自然资源局")
            @Size(max = 200) String draftingDepartment,
            @Schema(example = "张某某（局长）") @NotBlank @Size(max = 100) String interpreter,
            @Schema(description = "the interpreter is the department's head (第一解读人)") Boolean interpreterIsHead) {
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
