package org.govopen.catalog.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.govopen.commons.validation.NotAfterToday;

/** Information to publish under a catalogue entry: its body or a link to it, and when it was formed. */
@Schema(description = "在目录事项下公开的信息：标题、正文或链接、形成（变更）日期、公开日期")
public record ItemForm(
        @Schema(example = "青秀区2026年征地补偿安置方案公告") @NotBlank @Size(max = 300) String title,
        @Schema(description = "the text; personal data in it is masked before it is stored") @Size(max = 100_000) String body,
        @Schema(example = "https://www.qingxiu.gov.cn/xxgk/2026/zdbc.html") @Size(max = 1000)
        @Pattern(regexp = "https?://\\S+", message = "须为 http(s) 地址") String link,
        @Schema(example = "青政发〔2026〕3号") @Size(max = 100) String documentNumber,
        @Schema(description = "the day the information was formed or changed: the 20 working days count from it")
        @NotNull @NotAfterToday LocalDate formedOn,
        @Schema(description = "the day it was published; leave out while it is still to be published") @NotAfterToday LocalDate publishedOn) {
}
