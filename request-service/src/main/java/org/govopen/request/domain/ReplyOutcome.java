package org.govopen.request.domain;

import java.util.Arrays;
import java.util.List;

/**
 * The outcome of an application, exactly the rows of 三、本年度办理结果 of the national annual-report table
 * (国办公开办函〔2021〕30号; rules.md §3 "Reply outcomes"), each with the legal basis the reply letter cites.
 * {@code row} is the row (一 … 六), {@code item} the numbered sub-row (0 where the row has none).
 */
public enum ReplyOutcome {
    GRANTED("一", 0, "予以公开", null, "第三十六条第（二）项"),
    PARTIAL("二", 0, "部分公开", null, "第三十七条"),

    WITHHELD_STATE_SECRET("三", 1, "不予公开", "属于国家秘密", "第十四条"),
    WITHHELD_PROHIBITED_BY_LAW("三", 2, "不予公开", "其他法律行政法规禁止公开", "第十四条"),
    WITHHELD_SECURITY_AND_STABILITY("三", 3, "不予公开", "危及“三安全一稳定”", "第十四条"),
    WITHHELD_THIRD_PARTY_RIGHTS("三", 4, "不予公开", "保护第三方合法权益", "第十五条"),
    WITHHELD_INTERNAL_AFFAIRS("三", 5, "不予公开", "属于三类内部事务信息", "第十六条第一款"),
    WITHHELD_PROCESS_INFORMATION("三", 6, "不予公开", "属于四类过程性信息", "第十六条第二款"),
    WITHHELD_ENFORCEMENT_FILE("三", 7, "不予公开", "属于行政执法案卷", "第十六条第二款"),
    WITHHELD_ADMINISTRATIVE_QUERY("三", 8, "不予公开", "属于行政查询事项", "第三十六条第（七）项"),

    UNABLE_NOT_HELD("四", 1, "无法提供", "本机关不掌握相关政府信息", "第三十六条第（四）项、第（五）项"),
    UNABLE_NEEDS_CREATION("四", 2, "无法提供", "没有现成信息需要另行制作", "第三十八条"),
    UNABLE_STILL_UNCLEAR("四", 3, "无法提供", "补正后申请内容仍不明确", "第三十条"),

    NOT_PROCESSED_PETITION("五", 1, "不予处理", "信访举报投诉类申请", "第三十九条第一款"),
    NOT_PROCESSED_REPEATED("五", 2, "不予处理", "重复申请", "第三十六条第（六）项"),
    NOT_PROCESSED_PUBLICATION("五", 3, "不予处理", "要求提供公开出版物", "第三十九条第二款"),
    NOT_PROCESSED_EXCESSIVE("五", 4, "不予处理", "无正当理由大量反复申请", "第三十五条"),
    NOT_PROCESSED_CONFIRMATION("五", 5, "不予处理", "要求行政机关确认或重新出具已获取信息", null),

    OTHER_NO_CORRECTION("六", 1, "其他处理", "申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "第三十条"),
    OTHER_FEE_UNPAID("六", 2, "其他处理", "申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "第四十二条"),
    OTHER("六", 3, "其他处理", "其他", null);

    private final String row;
    private final int item;
    private final String rowLabel;
    private final String itemLabel;
    private final String legalBasis;

    ReplyOutcome(String row, int item, String rowLabel, String itemLabel, String legalBasis) {
        this.row = row;
        this.item = item;
        this.rowLabel = rowLabel;
        this.itemLabel = itemLabel;
        this.legalBasis = legalBasis;
    }

    public String row() {
        return row;
    }

    public int item() {
        return item;
    }

    /** {@code 三.4} style code of the report row. */
    public String code() {
        return item == 0 ? row : row + "." + item;
    }

    public String label() {
        return itemLabel == null ? rowLabel : rowLabel + "：" + itemLabel;
    }

    public String rowLabel() {
        return rowLabel;
    }

    public String itemLabel() {
        return itemLabel;
    }

    /** The article of 《中华人民共和国政府信息公开条例》 a reply with this outcome rests on, or null. */
    public String legalBasis() {
        return legalBasis;
    }

    /** The reasons a part of the information may be withheld in a partial disclosure: the 不予公开 sub-rows. */
    public boolean isWithholdingReason() {
        return "三".equals(row);
    }

    public static List<ReplyOutcome> withholdingReasons() {
        return Arrays.stream(values()).filter(ReplyOutcome::isWithholdingReason).toList();
    }
}
