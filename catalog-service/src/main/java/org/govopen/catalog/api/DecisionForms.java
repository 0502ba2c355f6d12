package org.govopen.catalog.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.govopen.catalog.domain.Adoption;
import org.govopen.catalog.domain.CommentStatus;
import org.govopen.catalog.domain.MeetingKind;
import org.govopen.catalog.domain.ParticipantCategory;
import org.govopen.commons.validation.NotAfterToday;

/** What staff and the public send about major decisions (重大行政决策), their consultations and meetings. */
public final class DecisionForms {

    private DecisionForms() {
    }

    @Schema(description = "重大行政决策事项目录中的一项：决策事项、承办部门、决策时间、是否听证")
    public record NewDecisionForm(
            @Schema(description = "the government whose catalogue it is in", example = "nanning/qingxiu")
            @NotBlank @Size(max = 240) String unit,
            @Schema(example = "2026") @NotNull @Min(2000) @Max(2100) Integer year,
            @Schema(example = "青秀区老旧小区改造三年行动方案") @NotBlank @Size(max = 300) String title,
            @Schema(example = "青秀区住房和城乡建设局") @NotBlank @Size(max = 200) String department,
            @Schema(description = "决策时间: decided by the end of this day, within the catalogue's year", example = "2026-11-30")
            @NotNull LocalDate plannedBy,
            @Schema(description = "是否听证") @NotNull Boolean hearingRequired) {
    }

    @Schema(description = "调整目录中的一项（下次发布目录时须说明调整理由）")
    public record DecisionChangeForm(
            @NotBlank @Size(max = 300) String title,
            @NotBlank @Size(max = 200) String department,
            @NotNull LocalDate plannedBy,
            @NotNull Boolean hearingRequired) {
    }

    @Schema(description = "将事项调出目录")
    public record WithdrawalForm(
            @Schema(example = "上级已统一部署，不再作为本级重大行政决策") @NotBlank @Size(max = 1000) String reason) {
    }

    @Schema(description = "在政府网站发布（或调整后重新发布）年度目录")
    public record CataloguePublicationForm(
            @Schema(description = "the day of publication; today when left out") @NotAfterToday LocalDate publishedOn,
            @Schema(description = "why the catalogue changed; required from the second version on",
                    example = "新增“青秀区养老服务设施布局规划”一项，调整一项决策时间")
            @Size(max = 2000) String changeNote) {
    }

    @Schema(description = "决策草案公开征求意见：草案、起草说明及依据、征求意见期限（少于 30 日须说明理由）")
    public record ConsultationForm(
            @Schema(example = "青秀区老旧小区改造三年行动方案（征求意见稿）") @NotBlank @Size(max = 300) String draftTitle,
            @Schema(description = "the draft's text") @Size(max = 100000) String draftText,
            @Schema(description = "the draft's address on the website") @Size(max = 1000)
            @Pattern(regexp = "https?://\\S+", message = "须为 http(s) 地址") String draftUrl,
            @Schema(description = "起草说明及依据", example = "依据《国务院办公厅关于全面推进城镇老旧小区改造工作的指导意见》")
            @NotBlank @Size(max = 20000) String basis,
            @Schema(description = "the day the draft is published; comments are taken from this day", example = "2026-09-01")
            @NotNull LocalDate opensOn,
            @Schema(description = "the last day comments are taken; at least 30 days after opensOn unless shortenedReason is given",
                    example = "2026-10-01")
            @NotNull LocalDate closesOn,
            @Schema(description = "why the period is shorter than 30 days (说明理由)") @Size(max = 2000) String shortenedReason) {
    }

    @Schema(description = "公众意见（个人信息在保存前即作遮蔽处理，审核后公开）")
    public record CommentForm(
            @Schema(description = "the author's name; shown masked", example = "王小明") @Size(max = 100) String author,
            @Schema(example = "建议增加加装电梯的补助标准。") @NotBlank @Size(max = 5000) String content) {
    }

    @Schema(description = "意见审核：公开或不予公开（须说明理由）")
    public record ModerationForm(
            @Schema(description = "PUBLISHED or REJECTED") @NotNull CommentStatus outcome,
            @Size(max = 1000) String reason) {
    }

    @Schema(description = "意见收集和采纳情况说明")
    public record AdoptionAccountForm(
            @Schema(example = "共收到意见 12 条，采纳 5 条，部分采纳 2 条；未采纳的主要是超出本方案范围的建议。")
            @NotBlank @Size(max = 20000) String summary,
            @Schema(description = "how each comment was taken; comments left out count as not adopted")
            @Valid List<@NotNull @Valid AdoptionLine> adoptions) {
    }

    @Schema(description = "一条意见的采纳情况；未采纳、部分采纳须说明理由")
    public record AdoptionLine(
            @NotNull UUID commentId,
            @NotNull Adoption adoption,
            @Size(max = 2000) String reason) {
    }

    @Schema(description = "听证会或决策会议（列席）及参加人员")
    public record MeetingForm(
            @NotNull MeetingKind kind,
            @NotNull @NotAfterToday LocalDate heldOn,
            @Schema(example = "青秀区政府第三会议室") @NotBlank @Size(max = 300) String place,
            @Size(max = 20000) String summary,
            @NotEmpty @Size(max = 200) @Valid List<@NotNull @Valid Participant> participants) {
    }

    @Schema(description = "参加或列席人员")
    public record Participant(
            @Schema(example = "李某") @NotBlank @Size(max = 100) String name,
            @NotNull ParticipantCategory category) {
    }

    @Schema(description = "决策结果")
    public record DecisionRecordForm(
            @Schema(description = "the day of the decision; today when left out") @NotAfterToday LocalDate decidedOn,
            @Schema(example = "区政府第十二次常务会议审议通过") @NotBlank @Size(max = 20000) String summary,
            @Schema(description = "the decision document's address") @Size(max = 1000)
            @Pattern(regexp = "https?://\\S+", message = "须为 http(s) 地址") String documentUrl) {
    }
}
