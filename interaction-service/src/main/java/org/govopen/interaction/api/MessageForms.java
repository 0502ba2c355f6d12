package org.govopen.interaction.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.govopen.commons.validation.NotAfterToday;
import org.govopen.interaction.domain.MessageCategory;
import org.govopen.interaction.domain.Satisfaction;

/** The request bodies of the message and ticket endpoints. */
public final class MessageForms {

    public static final String UNIT_PATH = org.govopen.commons.security.UnitScope.PATH_PATTERN;
    public static final String UNIT_PATH_MESSAGE = "须为单位路径，如 nanning/qingxiu";
    static final String PHONE = "[0-9+\\- ]{5,20}";
    /** The hotline's own ticket number, as the REST form and the topic take it. */
    public static final String TICKET_NUMBER = "[A-Za-z0-9_\\-]{1,64}";

    private MessageForms() {
    }

    /** How to reach the writer: seen by staff only. */
    @Schema(name = "Contact")
    public record Contact(
            @Size(max = 100) @Schema(examples = "张三") String name,
            @Size(max = 20) @Pattern(regexp = PHONE, message = "须为电话号码") @Schema(examples = "13812345678") String phone,
            @Size(max = 200) @Email(message = "须为电子邮件地址") String email,
            @Size(max = 300) String address) {
    }

    /** A website message (网站留言). */
    @Schema(name = "NewMessage")
    public record Write(
            @NotBlank @Size(max = 200) @Schema(examples = "小区夜间施工噪音扰民") String subject,
            @NotBlank @Size(max = 5000) @Schema(examples = "青秀区某小区旁工地每晚十一点后仍在施工，噪音很大。") String text,
            @NotNull MessageCategory category,
            @Size(max = 200) @Pattern(regexp = UNIT_PATH, message = UNIT_PATH_MESSAGE)
            @Schema(description = "the unit addressed; omit for 不确定 (the reception desk dispatches)", examples = "nanning/qingxiu")
            String unit,
            @Valid @NotNull Contact contact,
            @NotNull @Schema(description = "同意公开：the office may publish the message and its reply, personal data masked")
            Boolean consentToPublish) {
    }

    /** A ticket the 12345 hotline transfers (转办工单). */
    @Schema(name = "HotlineTicket")
    public record Ticket(
            @NotBlank @Size(max = 64) @Pattern(regexp = TICKET_NUMBER, message = "须为字母、数字、- 或 _")
            @Schema(description = "the hotline's own ticket number; sending it again changes nothing", examples = "12345-20261102-000123")
            String ticketNumber,
            @NotNull @NotAfterToday @Schema(description = "when the hotline transferred it: the reply period counts from here")
            OffsetDateTime transferredAt,
            @NotNull MessageCategory category,
            @Size(max = 200) @Schema(description = "the hotline's summary; the first words of the citizen's if omitted") String subject,
            @NotBlank @Size(max = 5000) @Schema(description = "the citizen's words (诉求内容)") String text,
            @NotBlank @Size(max = 200) @Pattern(regexp = UNIT_PATH, message = UNIT_PATH_MESSAGE)
            @Schema(description = "the office it is transferred to", examples = "nanning/qingxiu") String unit,
            @Size(max = 500) @Schema(description = "the hotline's dispatch suggestion (派单建议)") String suggestion,
            @Valid Contact caller,
            @Schema(description = "the caller agreed to publication; false if omitted") Boolean consentToPublish) {
    }

    /** 分类派单: simple or not, and to whom. */
    @Schema(name = "Dispatch")
    public record Dispatch(
            @NotNull @Schema(description = "简单常见问题 (reply within 1 working day) or not (5)") Boolean simple,
            @NotBlank @Size(max = 200) @Pattern(regexp = UNIT_PATH, message = UNIT_PATH_MESSAGE) String leadUnit,
            @Size(max = 10) List<@NotBlank @Size(max = 200) @Pattern(regexp = UNIT_PATH, message = UNIT_PATH_MESSAGE) String> assistingUnits,
            @Size(max = 2000) String note) {
    }

    /** 改派: to another lead unit; the clock keeps running from the receipt. */
    @Schema(name = "Reassignment")
    public record Reassign(
            @NotBlank @Size(max = 200) @Pattern(regexp = UNIT_PATH, message = UNIT_PATH_MESSAGE) String leadUnit,
            @Size(max = 10) List<@NotBlank @Size(max = 200) @Pattern(regexp = UNIT_PATH, message = UNIT_PATH_MESSAGE) String> assistingUnits,
            @NotBlank @Size(max = 2000) String reason) {
    }

    /** A reason: 退单, 挂起, 退回答复, 催办 / 督办, 办结. */
    @Schema(name = "Reason")
    public record Reason(@NotBlank @Size(max = 2000) String reason) {
    }

    /** The office's decision on a return (退单审核) or an extension (延期审批). */
    @Schema(name = "Decision")
    public record Decision(@NotNull Boolean approve, @Size(max = 2000) String note) {
    }

    /** 申请延期. */
    @Schema(name = "ExtensionRequest")
    public record Extension(
            @NotNull @Schema(description = "the new due date asked for") LocalDate newDueDate,
            @NotBlank @Size(max = 2000) String reason) {
    }

    /** 并单: this message is answered by the reply to {@code into}. */
    @Schema(name = "Merge")
    public record Merge(@NotNull UUID into, @Size(max = 2000) String note) {
    }

    /** The lead unit's draft reply (答复), for review. */
    @Schema(name = "Reply")
    public record Reply(
            @NotBlank @Size(max = 10000) String text,
            @Size(max = 100) @Schema(description = "答复单位 as it signs the reply; the unit's name in the catalogue if omitted",
                    examples = "青秀区住房和城乡建设局")
            String unitName) {
    }

    /** 回访评价 by the writer (tracking code and secret) or the hotline's call-back. */
    @Schema(name = "Rating")
    public record Rating(@NotNull Satisfaction satisfaction, @Size(max = 2000) String comment) {
    }
}
