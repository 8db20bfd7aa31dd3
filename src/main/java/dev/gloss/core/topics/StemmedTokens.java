package dev.gloss.core.topics;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into lowercase words and reduces each to the key topics are matched on, with
 * Lucene's Porter stemmer (the one search uses). Hyphens and other punctuation separate words
 * ("MK-7" is "mk" "7", "gut-brain" is "gut" "brain"), and a possessive "'s" or "’s" is dropped,
 * so a term and the text it should match are cut alike.
 */
public final class StemmedTokens {

    /** A word of a text: its key and where it stands in the text. */
    public record Token(String key, int start, int end) {
    }

    private static final Analyzer ANALYZER = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new WordTokenizer();
            return new TokenStreamComponents(source, new PorterStemFilter(new LowerCaseFilter(source)));
        }
    };

    private StemmedTokens() {
    }

    /** The matching keys of every word of {@code text}, in order. */
    public static List<String> of(String text) {
        List<Token> tokens = tokens(text);
        List<String> keys = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            keys.add(t.key());
        }
        return keys;
    }

    /** Every word of {@code text} with its key and its place, in order. */
    public static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        try (TokenStream stream = ANALYZER.tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(new Token(repair(term.toString()), offset.startOffset(), offset.endOffset()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a String reader does not fail
        }
        return tokens;
    }

    /** The key of one word, as {@link #of} would give it. */
    static String key(String word) {
        List<String> keys = of(word);
        return keys.isEmpty() ? "" : keys.get(0);
    }

    /**
     * One repair to the stem: Porter leaves verbs in -ify ending in "fi" (calcified, calcifies →
     * calcifi) but cuts their nouns in -ification to "f" (calcification → calcif), so the two would
     * never meet; dropping that final "i" joins them.
     */
    private static String repair(String stem) {
        if (stem.length() > 4 && stem.endsWith("fi")) {
            return stem.substring(0, stem.length() - 1);
        }
        return stem;
    }

    /** Runs of letters and digits; a possessive "'s" after a word is skipped. */
    private static final class WordTokenizer extends Tokenizer {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
        private String text = "";
        private int at;

        @Override
        public void reset() throws IOException {
            super.reset();
            StringBuilder sb = new StringBuilder();
            char[] buffer = new char[4096];
            for (int n; (n = input.read(buffer)) != -1; ) {
                sb.append(buffer, 0, n);
            }
            text = sb.toString();
            at = 0;
        }

        @Override
        public boolean incrementToken() {
            clearAttributes();
            int n = text.length();
            while (at < n && !Character.isLetterOrDigit(text.charAt(at))) {
                at++;
            }
            if (at >= n) {
                return false;
            }
            int start = at;
            while (at < n && Character.isLetterOrDigit(text.charAt(at))) {
                at++;
            }
            term.setEmpty().append(text, start, at);
            offset.setOffset(correctOffset(start), correctOffset(at));
            if (isPossessive(text, at)) {
                at += 2;
            }
            return true;
        }

        @Override
        public void end() throws IOException {
            super.end();
            int last = correctOffset(text.length());
            offset.setOffset(last, last);
        }

        @Override
        public void close() throws IOException {
            super.close();
            text = "";
        }

        private static boolean isPossessive(String text, int at) {
            if (at + 1 >= text.length()) {
                return false;
            }
            char apostrophe = text.charAt(at);
            boolean s = text.charAt(at + 1) == 's' || text.charAt(at + 1) == 'S';
            boolean endsThere = at + 2 == text.length() || !Character.isLetterOrDigit(text.charAt(at + 2));
            return (apostrophe == '\'' || apostrophe == '\u2019') && s && endsThere;
        }
    }
}
