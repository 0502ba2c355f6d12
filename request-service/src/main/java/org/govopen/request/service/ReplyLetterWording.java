package org.govopen.request.service;

import java.util.ArrayList;
import java.util.List;
import org.govopen.request.domain.Application;
import org.govopen.request.domain.Reply;
import org.govopen.request.domain.ReplyOutcome;
import org.govopen.request.domain.WithheldPart;

/**
 * The wording of a reply letter (政府信息公开申请答复告知书) for each outcome, with the article of
 * 《中华人民共和国政府信息公开条例》 it rests on, and the applicant's remedies: administrative review within 60 days
 * (《中华人民共和国行政复议法》第二十条) or a lawsuit within 6 months (《中华人民共和国行政诉讼法》第四十六条).
 */
public final class ReplyLetterWording {

    static final String REGULATION = "《中华人民共和国政府信息公开条例》";

    private ReplyLetterWording() {
    }

    /** The paragraphs stating the decision and its legal basis. */
    public static List<String> decision(Application a) {
        Reply r = a.reply();
        ReplyOutcome o = r.outcome;
        List<String> out = new ArrayList<>();
        switch (o) {
            case GRANTED -> {
                if (r.alreadyPublicId != null) {
                    out.add("经审查，您申请获取的政府信息已经主动公开。根据" + REGULATION + "第三十六条第（一）项的规定，"
                            + "您可以通过以下途径获取：" + r.alreadyPublicTitle + (r.alreadyPublicUrl == null ? "" : "（" + r.alreadyPublicUrl + "）") + "。");
                } else {
                    out.add("经审查，您申请获取的政府信息属于公开范围。根据" + REGULATION + "第三十六条第（二）项的规定，本机关予以公开。");
                }
            }
            case PARTIAL -> {
                out.add("经审查，您申请获取的政府信息中部分内容属于不予公开的范围，且能够作区分处理。根据" + REGULATION
                        + "第三十七条的规定，本机关向您提供可以公开的部分。不予公开的部分及理由如下：");
                int i = 1;
                for (WithheldPart w : a.withheldParts) {
                    out.add(i++ + ". " + w.part + "：" + w.reason.itemLabel() + "，依据" + REGULATION + w.reason.legalBasis() + "。");
                }
            }
            case UNABLE_NOT_HELD -> {
                if (r.competentAgencyName != null) {
                    out.add("经审查，您申请获取的政府信息不属于本机关负责公开。根据" + REGULATION + "第三十六条第（五）项的规定，"
                            + "负责公开该政府信息的行政机关为" + r.competentAgencyName
                            + (r.competentAgencyContact == null || r.competentAgencyContact.isBlank() ? "" : "，联系方式：" + r.competentAgencyContact)
                            + "，请向其申请。");
                } else {
                    out.add("经检索，本机关未制作或者获取您申请公开的政府信息。根据" + REGULATION + "第三十六条第（四）项的规定，告知您该政府信息不存在。");
                }
            }
            case UNABLE_NEEDS_CREATION -> out.add("经审查，您申请获取的信息需要本机关对现有政府信息进行加工、分析才能形成。根据"
                    + REGULATION + "第三十八条的规定，本机关不予提供。");
            case UNABLE_STILL_UNCLEAR -> out.add("经补正后，您的申请内容仍不明确，本机关无法确定您所需的政府信息。根据"
                    + REGULATION + "第三十条的规定，本机关无法提供。");
            case NOT_PROCESSED_PETITION -> out.add("您以政府信息公开申请的形式提出的实为信访、投诉、举报事项。根据" + REGULATION
                    + "第三十九条第一款的规定，本机关不作为政府信息公开申请处理，您可以通过信访、投诉、举报等相应渠道提出。");
            case NOT_PROCESSED_REPEATED -> out.add("本机关已就您提出的相同政府信息公开申请作出答复。根据" + REGULATION
                    + "第三十六条第（六）项的规定，本机关不予重复处理。");
            case NOT_PROCESSED_PUBLICATION -> out.add("您申请获取的是政府公报、报刊、书籍等公开出版物。根据" + REGULATION
                    + "第三十九条第二款的规定，告知您可以通过公开出版发行渠道获取。");
            case NOT_PROCESSED_EXCESSIVE -> out.add("您申请公开政府信息的数量、频次明显超过合理范围，经要求说明理由，理由不合理。根据"
                    + REGULATION + "第三十五条的规定，本机关不予处理。");
            case NOT_PROCESSED_CONFIRMATION -> out.add("您的申请内容为要求本机关确认或者重新出具您已获取的信息，不属于"
                    + REGULATION + "规定的政府信息公开申请，本机关不作为政府信息公开申请处理。");
            case OTHER_NO_CORRECTION -> out.add("本机关于" + Letters.day(a.correction().requestedOn) + "告知您补正申请，您无正当理由逾期未补正。根据"
                    + REGULATION + "第三十条的规定，视为您放弃申请，本机关不再处理该政府信息公开申请。");
            case OTHER_FEE_UNPAID -> out.add("本机关于" + Letters.day(a.fee().notifiedOn) + "向您发出收费通知，您逾期未按通知要求缴纳费用。根据"
                    + REGULATION + "第四十二条及《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）的规定，"
                    + "视为您放弃申请，本机关不再处理该政府信息公开申请。");
            case OTHER -> out.add("您的政府信息公开申请已按以下情况处理。");
            default -> out.add("经审查，您申请获取的政府信息" + o.itemLabel() + "。根据" + REGULATION + o.legalBasis()
                    + "的规定，本机关不予公开。");
        }
        return out;
    }

    public static String remedies(String reviewBody, String court) {
        return "如对本答复不服，可以自收到本告知书之日起六十日内向" + reviewBody + "申请行政复议，或者自收到本告知书之日起六个月内向"
                + court + "提起行政诉讼（《中华人民共和国行政复议法》第二十条、《中华人民共和国行政诉讼法》第四十六条）。";
    }
}
