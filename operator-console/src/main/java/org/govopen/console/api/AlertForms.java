package org.govopen.console.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The request bodies of the operators' actions on an alert group. */
public final class AlertForms {

    private AlertForms() {
    }

    /** 认领: the operator takes the group; reminders stop. */
    @Schema(name = "Acknowledgement")
    public record Acknowledge(
            @Size(max = 500) @Schema(description = "what the operator is doing about it", examples = "已电话联系承办科室，今日内答复")
            String note) {
    }

    /** 指派: the group is given to a person (it stays as acknowledged, or not, as it was). */
    @Schema(name = "Assignment")
    public record Assign(
            @NotBlank @Size(max = 100) @Schema(description = "who takes care of it", examples = "李四（政务公开科）")
            String assignee,
            @Size(max = 500) String note) {
    }

    /** 解除: an operator ends the group by hand, with the reason. */
    @Schema(name = "Resolution")
    public record Resolve(
            @NotBlank @Size(max = 500) @Schema(examples = "已线下答复申请人，业务系统补录中")
            String reason) {
    }
}
