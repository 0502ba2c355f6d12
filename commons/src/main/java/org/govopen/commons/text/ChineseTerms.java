package org.govopen.commons.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Splits Chinese text into search terms the way Lucene's CJK analysis does: runs of Han characters become
 * overlapping bigrams (征地补偿 → 征地 地补 补偿), other words stay whole, full-width forms are folded and
 * Latin letters lower-cased. No dictionary is needed, so new terms (place names, programme names) are found too.
 * Headings (names, titles) are indexed with single characters as well, so a one-character query still finds them;
 * body text only with bigrams, which keeps the index small.
 */
public final class ChineseTerms {

    private static final int HAN_AND_KANA = CJKBigramFilter.HAN | CJKBigramFilter.HIRAGANA | CJKBigramFilter.KATAKANA
            | CJKBigramFilter.HANGUL;
    private static final Analyzer WITH_UNIGRAMS = analyzer(true);
    private static final Analyzer BIGRAMS = analyzer(false);

    private ChineseTerms() {
    }

    /** Terms to index a heading under: bigrams and single characters. */
    public static List<String> forHeading(String text) {
        return terms(WITH_UNIGRAMS, text);
    }

    /** Terms to index body text under: bigrams (a lone character stays a term). */
    public static List<String> forText(String text) {
        return terms(BIGRAMS, text);
    }

    /** Terms a document must contain to match {@code query}. */
    public static List<String> forQuery(String query) {
        return terms(BIGRAMS, query);
    }

    private static Analyzer analyzer(boolean unigrams) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = new CJKWidthFilter(source);
                stream = new LowerCaseFilter(stream);
                stream = new CJKBigramFilter(stream, HAN_AND_KANA, unigrams);
                return new TokenStreamComponents(source, stream);
            }
        };
    }

    private static List<String> terms(Analyzer analyzer, String text) {
        List<String> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                out.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
