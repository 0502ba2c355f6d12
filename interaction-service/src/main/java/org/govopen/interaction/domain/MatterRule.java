package org.govopen.interaction.domain;

import java.text.Normalizer;
import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/**
 * What "one matter" is (rules.md §5: repeated requests about one matter are merged, 并单; issue 10 §8: clusters): the
 * matter of the dispatch catalogue a message names (the longest such matter found in its subject or text), else its
 * subject normalised — NFKC, lower case, without spaces, punctuation and symbols, so that "小区 噪音！" and "小区噪音"
 * are one matter.
 */
public final class MatterRule {

    private static final int MAX = 200;

    private MatterRule() {
    }

    public static String normalise(String text) {
        String s = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replaceAll("[\\p{Z}\\s\\p{P}\\p{S}]+", "");
        return s.length() > MAX ? s.substring(0, MAX) : s;
    }

    /** The key of a message's matter, given the matters of the catalogue that apply to its desk. */
    public static String keyOf(String subject, String body, Collection<String> catalogueMatters) {
        return matterNamed(subject, body, catalogueMatters).map(m -> "m:" + normalise(m)).orElse("s:" + normalise(subject));
    }

    /** The longest catalogue matter the subject or text names. */
    public static Optional<String> matterNamed(String subject, String body, Collection<String> catalogueMatters) {
        String text = normalise(subject) + "\n" + normalise(body);
        return catalogueMatters.stream().filter(m -> !normalise(m).isEmpty() && text.contains(normalise(m)))
                .max(Comparator.comparingInt((String m) -> normalise(m).length()).thenComparing(Comparator.reverseOrder()));
    }
}
