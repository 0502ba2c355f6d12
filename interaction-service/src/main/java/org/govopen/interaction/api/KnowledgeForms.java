package org.govopen.interaction.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.govopen.interaction.domain.MessageCategory;

/** The knowledge base (知识库) and the dispatch catalogue (派单目录), kept by an office. */
public final class KnowledgeForms {

    private KnowledgeForms() {
    }

    @Schema(name = "FaqEntry")
    public record Faq(
            @NotBlank @Size(max = 200) @Pattern(regexp = MessageForms.UNIT_PATH, message = MessageForms.UNIT_PATH_MESSAGE) String unit,
            @NotBlank @Size(max = 500) @Schema(examples = "居住证怎么办理？") String question,
            @NotBlank @Size(max = 10000) String answer) {
    }

    @Schema(name = "DispatchRoute")
    public record Route(
            @NotBlank @Size(max = 200) @Pattern(regexp = MessageForms.UNIT_PATH, message = MessageForms.UNIT_PATH_MESSAGE)
            @Schema(description = "the office whose desk uses it") String officeUnit,
            @Schema(description = "omit for any category") MessageCategory category,
            @NotBlank @Size(max = 50) @Schema(examples = "施工噪音") String matter,
            @NotBlank @Size(max = 200) @Pattern(regexp = MessageForms.UNIT_PATH, message = MessageForms.UNIT_PATH_MESSAGE) String leadUnit,
            @Size(max = 10) List<@NotBlank @Size(max = 200) @Pattern(regexp = MessageForms.UNIT_PATH, message = MessageForms.UNIT_PATH_MESSAGE) String> assistingUnits) {
    }
}
