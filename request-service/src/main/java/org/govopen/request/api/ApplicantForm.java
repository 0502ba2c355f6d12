package org.govopen.request.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.govopen.request.domain.ApplicantKind;
import org.govopen.request.domain.IdDocumentType;

/** The applicant as given on the application form (申请人信息). */
@Schema(name = "Applicant")
public record ApplicantForm(
        @NotNull ApplicantKind kind,
        @NotBlank @Size(max = 200) @Schema(examples = "张三") String name,
        @NotNull IdDocumentType idType,
        @NotBlank @Size(max = 40) @Schema(examples = "450103199001011234") String idNumber,
        @Size(max = 30) @Pattern(regexp = "[0-9+\\- ]{5,30}", message = "电话号码格式不正确") String phone,
        @Size(max = 200) @Email(message = "电子邮箱格式不正确") String email,
        @Size(max = 300) String address,
        @Pattern(regexp = "\\d{6}", message = "邮政编码应为6位数字") String postcode,
        @Size(max = 100) @Schema(description = "for an organisation: the person to contact") String contactPerson) {
}
