package org.govopen.reliability;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Figures printed the same way by every experiment. */
final class Fmt {

    private Fmt() {
    }

    static String n(long v) {
        return String.format("%,d", v);
    }

    static String s(double seconds) {
        return String.format("%.1f s", seconds);
    }

    static double secs(long nanos) {
        return nanos / 1e9;
    }

    /** {201=10, 500=2} as "201×10, 500×2"; -1 is shown as "no answer". */
    static String histogram(Map<Integer, ? extends Number> h) {
        if (h.isEmpty()) {
            return "none";
        }
        return new TreeMap<>(h).entrySet().stream()
                .map(e -> (e.getKey() == Http.NO_ANSWER ? "no answer" : e.getKey().toString()) + "×" + n(e.getValue().longValue()))
                .collect(Collectors.joining(", "));
    }

    /** A short, one-line, printable prefix of a body: control characters escaped, at most {@code max} chars. */
    static String prefix(String body, int max) {
        if (body == null) {
            return "";
        }
        String p = body.length() > max ? body.substring(0, max) : body;
        StringBuilder b = new StringBuilder(p.length() + 16);
        for (char c : p.toCharArray()) {
            if (c < 0x20 || c == 0x7f) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        if (body.length() > max) {
            b.append("…(").append(n(body.length())).append(" chars)");
        }
        return b.toString();
    }
}
