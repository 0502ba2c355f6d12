package org.govopen.commons.validation;

/**
 * Text a service may store: no C0 control character except TAB, LF and CR, no U+FFFE / U+FFFF (non-characters) and no
 * unpaired surrogate. PostgreSQL refuses U+0000 outright (a 500 before the kernel checked it); the others are never
 * typed by a person and only end up in letters, exports and search as garbage. Multi-line text stays allowed.
 */
public final class ControlCharacters {

    private ControlCharacters() {
    }

    /** Why {@code text} may not be stored (Chinese, naming the first bad character), or null when it may. */
    public static String problem(String text) {
        if (text == null) {
            return null;
        }
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c < 0xD800) {
                continue; // the usual case: printable, CJK, …
            }
            if (c < 0x20) {
                if (c == '\t' || c == '\n' || c == '\r') {
                    continue;
                }
                return describe(text, i, "不允许的控制字符");
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return describe(text, i, "不成对的代理字符");
            }
            if (Character.isLowSurrogate(c)) {
                return describe(text, i, "不成对的代理字符");
            }
            if (c == '\uFFFE' || c == '\uFFFF') {
                return describe(text, i, "非字符");
            }
        }
        return null;
    }

    private static String describe(String text, int index, String what) {
        int position = text.codePointCount(0, index) + 1;
        return String.format("第 %d 个字符是%s U+%04X（只允许制表、换行、回车这三个控制字符）", position, what, (int) text.charAt(index));
    }
}
