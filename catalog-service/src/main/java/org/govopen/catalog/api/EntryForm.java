package org.govopen.catalog.api;

import static org.govopen.commons.rest.FormText.trimToNull;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.govopen.catalog.domain.Audience;
import org.govopen.catalog.domain.DisclosureMethod;
import org.govopen.catalog.domain.EntryElements;
import org.govopen.catalog.domain.PublicationChannel;
import org.govopen.catalog.domain.PublicationLevel;

/** A catalogue entry as the unit compiles it: every element of rules.md §2 (seed 000). */
@Schema(description = "公开事项：名称、内容、依据、时限、主体、方式、渠道、对象、层级，按领域和一级/二级事项归类")
public record EntryForm(
        @Schema(example = "nanning/qingxiu") @NotBlank @Size(max = 240) String unit,
        @Schema(example = "land-requisition-compensation") @NotBlank @Size(max = 80) String domain,
        @Schema(example = "征地补偿") @NotBlank @Size(max = 200) String firstLevelItem,
        @Schema(example = "征地补偿安置方案") @Size(max = 200) String secondLevelItem,
        @Schema(example = "征地补偿安置方案公告") @NotBlank @Size(max = 200) String name,
        @Schema(example = "征地补偿安置方案、补偿标准、安置途径") @NotBlank @Size(max = 4000) String content,
        @Schema(example = "《中华人民共和国土地管理法》第四十八条") @NotBlank @Size(max = 2000) String legalBasis,
        @Schema(example = "自信息形成或变更之日起20个工作日内") @NotBlank @Size(max = 500) String timeLimit,
        @Schema(example = "青秀区自然资源局") @NotBlank @Size(max = 200) String responsibleBody,
        @NotNull DisclosureMethod method,
        @NotEmpty @Size(max = 8) List<@NotNull PublicationChannel> channels,
        @NotNull Audience audience,
        @Schema(description = "which group, when the audience is SPECIFIC_GROUP") @Size(max = 200) String audienceDetail,
        @NotNull PublicationLevel level) {

    public EntryElements elements() {
        EntryElements e = new EntryElements();
        e.firstLevelItem = firstLevelItem.trim();
        e.secondLevelItem = trimToNull(secondLevelItem);
        e.name = name.trim();
        e.content = content.trim();
        e.legalBasis = legalBasis.trim();
        e.timeLimit = timeLimit.trim();
        e.responsibleBody = responsibleBody.trim();
        e.method = method;
        e.channels = channels.stream().distinct().toList();
        e.audience = audience;
        e.audienceDetail = audience == Audience.SPECIFIC_GROUP ? audienceDetail.trim() : null;
        e.level = level;
        return e;
    }
}
