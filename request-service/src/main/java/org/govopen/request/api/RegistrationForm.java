package org.govopen.request.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.govopen.request.domain.Channel;
import org.govopen.request.domain.DeliveryMethod;
import org.govopen.request.domain.PostType;
import org.govopen.request.domain.ProvisionForm;

/** An application for disclosure as submitted or registered (政府信息公开申请表). */
@Schema(name = "ApplicationForm")
public record RegistrationForm(
        @NotNull @Valid ApplicantForm applicant,
        @NotBlank @Size(max = 200) @Schema(description = "the unit asked, by its path", examples = "nanning/qingxiu") String unit,
        @NotBlank @Size(max = 4000) @Schema(description = "所需政府信息的名称、文号或者便于行政机关查询的其他特征性描述") String description,
        @Size(max = 200) @Schema(description = "文号 of the document asked for, if known", examples = "青政发〔2026〕3号") String documentNumber,
        @Size(max = 500) String documentTitle,
        @Size(max = 1000) String purpose,
        @NotNull Channel channel,
        @Schema(description = "for posted applications") PostType postType,
        @Schema(description = "day submitted (posted: the day sent); today if omitted") LocalDate submittedOn,
        @Schema(description = "signed-for mail: the day the office signed for it") LocalDate signedForOn,
        @NotNull ProvisionForm provisionForm,
        @NotNull DeliveryMethod deliveryMethod) {
}
