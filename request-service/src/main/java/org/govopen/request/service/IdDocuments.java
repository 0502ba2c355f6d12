package org.govopen.request.service;

import java.util.Locale;
import org.govopen.request.domain.IdDocumentType;

/**
 * Well-formed identity documents: the check digit of an 18-digit resident ID (GB 11643-1999) and the shape of a
 * unified social credit code (GB 32100-2015).
 */
public final class IdDocuments {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    private IdDocuments() {
    }

    /** Null when {@code number} is a well-formed {@code type}, else what is wrong (Chinese). */
    public static String problem(IdDocumentType type, String number) {
        String n = number.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
        return switch (type) {
            case RESIDENT_ID_CARD -> residentId(n);
            case UNIFIED_SOCIAL_CREDIT_CODE -> n.matches("[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10}")
                    ? null : "统一社会信用代码应为18位数字或大写字母";
            default -> n.length() >= 5 ? null : "证件号码过短";
        };
    }

    private static String residentId(String n) {
        if (!n.matches("\\d{17}[0-9X]")) {
            return "居民身份证号码应为18位（末位可为X）";
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (n.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11) == n.charAt(17) ? null : "居民身份证号码校验位不正确";
    }

    public static boolean isOrganisationDocument(IdDocumentType type) {
        return type == IdDocumentType.UNIFIED_SOCIAL_CREDIT_CODE;
    }
}
