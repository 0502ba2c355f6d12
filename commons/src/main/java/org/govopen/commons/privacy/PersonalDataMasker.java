package org.govopen.commons.privacy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * De-identification of personal data with {@code *} (seed 002: 身份证号、住址、电话号码等个人信息用*号替代).
 * Used for anything published, listed or put on a topic. Structured fields use the specific methods;
 * free text uses {@link #maskText(String)}, which finds ID-card and mobile numbers and house-level address
 * details inside prose.
 */
public final class PersonalDataMasker {

    /** 18-digit resident ID (last char may be X) or the old 15-digit one, not inside a longer number. */
    private static final Pattern ID_NUMBER = Pattern.compile("(?<![0-9])([1-9][0-9]{5})((?:19|20)[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])[0-9]{3}[0-9Xx]|[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])[0-9]{3})(?![0-9Xx])");
    /** Mainland mobile numbers, optionally +86 / 86 prefixed. */
    private static final Pattern MOBILE = Pattern.compile("(?<![0-9])((?:\\+?86[- ]?)?1[3-9][0-9])([0-9]{4})([0-9]{4})(?![0-9])");
    /**
     * House-level address details after a road, village or estate word: {@code 民族大道100号3栋2单元}. Only
     * after such a word, so that document numbers like 国办函〔2020〕109号 stay readable.
     */
    private static final Pattern HOUSE_DETAIL = Pattern.compile("(?<=路|街|巷|道|村|里|弄|社区|小区|花园|公寓|苑|大厦|广场|屯|组)"
            + "(?:[0-9０-９一二三四五六七八九十百零〇A-Za-z-]+(?:号楼|号院|号|栋|幢|单元|室|楼|组|弄|层)){1,6}");
    /** The part of an address down to which it stays readable: province, city, county, township or street. */
    private static final Pattern ADDRESS_AREA = Pattern.compile("^.*?(?:省|自治区|市|州|盟|区|县|旗|镇|乡|街道)(?!.*(?:区|县|旗|镇|乡|街道))");

    private PersonalDataMasker() {
    }

    /** {@code 450103199001011234} → {@code 450103********1234}. */
    public static String maskIdNumber(String id) {
        if (id == null || id.length() < 8) {
            return id == null ? null : "*".repeat(id.length());
        }
        return id.substring(0, 6) + "*".repeat(id.length() - 10) + id.substring(id.length() - 4);
    }

    /** {@code 13812345678} → {@code 138****5678}. */
    public static String maskMobile(String phone) {
        if (phone == null) {
            return null;
        }
        String digits = phone.replaceAll("[^0-9]", "");
        if (digits.length() < 7) {
            return "*".repeat(phone.length());
        }
        return digits.substring(0, 3) + "*".repeat(digits.length() - 7) + digits.substring(digits.length() - 4);
    }

    /** Keeps the administrative area (down to district, township or street) and masks the rest. */
    public static String maskAddress(String address) {
        if (address == null || address.isBlank()) {
            return address;
        }
        Matcher m = ADDRESS_AREA.matcher(address);
        if (m.find() && m.end() < address.length()) {
            return m.group() + "*".repeat(Math.min(8, address.length() - m.end()));
        }
        return address.length() <= 2 ? "**" : address.substring(0, 2) + "*".repeat(Math.min(8, address.length() - 2));
    }

    /** {@code 张三丰} → {@code 张**}; organisation names are public and should not be passed here. */
    public static String maskName(String name) {
        if (name == null || name.isBlank()) {
            return name;
        }
        return name.substring(0, 1) + "*".repeat(Math.max(1, name.length() - 1));
    }

    /** E-mail: first character and domain kept. */
    public static String maskEmail(String email) {
        if (email == null || !email.contains("@")) {
            return email;
        }
        int at = email.indexOf('@');
        return email.charAt(0) + "***" + email.substring(at);
    }

    /** Masks ID-card numbers, mobile numbers and house-level address details found in free text. */
    public static String maskText(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String out = replace(ID_NUMBER, text, m -> maskIdNumber(m.group()));
        out = replace(MOBILE, out, m -> m.group(1) + "****" + m.group(3));
        out = replace(HOUSE_DETAIL, out, m -> "*".repeat(m.group().length()));
        return out;
    }

    private static String replace(Pattern p, String text, java.util.function.Function<Matcher, String> f) {
        Matcher m = p.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(f.apply(m)));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
