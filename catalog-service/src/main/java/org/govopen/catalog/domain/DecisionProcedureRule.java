package org.govopen.catalog.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * What a major decision needs before it is recorded as decided (rules.md §2b; 重大行政决策程序暂行条例): its draft
 * and basis were published for comment (预公开, 第十四条) and the account of the comments collected and adopted goes
 * with the decision; a decision the catalogue marks for a hearing (是否听证) has had one (第十九条 至 第二十一条).
 */
public final class DecisionProcedureRule {

    public static final String CONSULTATION = "consultation";
    public static final String ADOPTION_ACCOUNT = "adoptionAccount";
    public static final String HEARING = "hearing";

    private DecisionProcedureRule() {
    }

    /** The steps still missing, by name ({@link #CONSULTATION}, {@link #ADOPTION_ACCOUNT}, {@link #HEARING}). */
    public static List<String> missingSteps(boolean consulted, boolean accountGiven, boolean hearingRequired,
                                            boolean hearingHeld) {
        List<String> missing = new ArrayList<>();
        if (!consulted) {
            missing.add(CONSULTATION);
        } else if (!accountGiven) {
            missing.add(ADOPTION_ACCOUNT);
        }
        if (hearingRequired && !hearingHeld) {
            missing.add(HEARING);
        }
        return missing;
    }

    /** The refusal in Chinese for the problem's detail. */
    public static String refusal(List<String> missing) {
        List<String> steps = new ArrayList<>();
        for (String m : missing) {
            steps.add(switch (m) {
                case CONSULTATION -> "决策草案未向社会公开征求意见";
                case ADOPTION_ACCOUNT -> "未公布意见收集和采纳情况";
                case HEARING -> "目录列明须听证，尚未举行听证会";
                default -> m;
            });
        }
        return "尚不能作出决策：" + String.join("；", steps);
    }
}
