package dev.gloss.core.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The two ways Gloss reads text for search. {@link #STEMMED} is EnglishAnalyzer's chain with
 * accents folded, so "Bones" and "bone" meet; {@link #WORDS} keeps whole lowercase words, so a
 * prefix or a spelling suggestion is about the words a reader actually sees. Both split text
 * the same way, which keeps a token's stem and its surface word in step.
 */
final class Analysis {

    /**
     * Unicode lets a colon join letters into one word ("title:osteocalcin"); here it separates
     * them, in the text and in queries. A space for a colon keeps every offset in place.
     */
    private static final NormalizeCharMap COLON_SPLITS;

    static {
        NormalizeCharMap.Builder map = new NormalizeCharMap.Builder();
        map.add(":", " ");
        map.add("\uFF1A", " ");
        COLON_SPLITS = map.build();
    }

    /** Reads text with colons as spaces, so that "title:osteocalcin" is two words. */
    private abstract static class ColonSplitting extends Analyzer {
        @Override
        protected Reader initReader(String fieldName, Reader reader) {
            return new MappingCharFilter(COLON_SPLITS, reader);
        }
    }

    static final Analyzer STEMMED = new ColonSplitting() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream stream = words(source);
            stream = new StopFilter(stream, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
            return new TokenStreamComponents(source, new PorterStemFilter(stream));
        }

        /** A phrase never runs from a section's text into its title. */
        @Override
        public int getPositionIncrementGap(String fieldName) {
            return 100;
        }
    };

    static final Analyzer WORDS = new ColonSplitting() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            return new TokenStreamComponents(source, words(source));
        }
    };

    /** A token of some text: its place in the text, its position and its analysed form. */
    record Token(int start, int end, int position, String term) {
    }

    private Analysis() {
    }

    private static TokenStream words(Tokenizer source) {
        TokenStream stream = new EnglishPossessiveFilter(source);
        stream = new LowerCaseFilter(stream);
        return new ASCIIFoldingFilter(stream);
    }

    /** The analyzer for the index: whole words in the {@code words} field, stems elsewhere. */
    static Analyzer forIndex() {
        return new PerFieldAnalyzerWrapper(STEMMED, Map.of(SearchFields.WORDS, WORDS));
    }

    static List<Token> tokens(Analyzer analyzer, String text) {
        List<Token> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(SearchFields.TEXT, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            int position = -1;
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                tokens.add(new Token(offset.startOffset(), offset.endOffset(), position, term.toString()));
            }
            stream.end();
        } catch (IOException e) {
            // Analysis of a String does no I/O; this cannot happen.
            throw new UncheckedIOException(e);
        }
        return tokens;
    }

    /** The stem of one word, or empty for a stop word such as "and" or "the". */
    static Optional<String> stem(String word) {
        List<Token> tokens = tokens(STEMMED, word);
        return tokens.isEmpty() ? Optional.empty() : Optional.of(tokens.get(0).term());
    }

    /**
     * A word lowercased and folded as the index folds it ("Café" to "cafe"), without running the
     * analyzer: it is called for every word of a snippet while someone types a prefix.
     */
    static String fold(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.chars().allMatch(c -> c < 0x80)) {
            return lower;
        }
        char[] folded = new char[lower.length() * 4];
        int length = ASCIIFoldingFilter.foldToASCII(lower.toCharArray(), 0, folded, 0, lower.length());
        return new String(folded, 0, length);
    }
}
