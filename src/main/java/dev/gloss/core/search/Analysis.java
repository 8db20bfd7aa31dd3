package dev.gloss.core.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.ConditionalTokenFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterIterator;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.analysis.util.ElisionFilter;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The ways Gloss reads text for search. A {@link #stemmed(Language)} analysis is the language's
 * chain (for English, EnglishAnalyzer's with accents folded, so "Bones" and "bone" meet); a
 * {@link #words(Language)} analysis keeps whole lowercase words, so a prefix or a spelling
 * suggestion is about the words a reader actually sees. Both split text the same way, which keeps
 * a token's stem and its surface word in step, and both:
 * <ul>
 * <li>read words written as code by their parts too (Lucene's word-delimiter filter): a token such
 * as {@code images.GaussianBlur}, {@code snake_case}, {@code camelCase} or {@code v1.2.3} is kept
 * whole and its parts are stacked at its position, so phrases around it are not moved;</li>
 * <li>read Chinese, Japanese and Korean by overlapping bigrams (and single characters), so a word
 * inside a run of characters is found.</li>
 * </ul>
 * In the index, code (code blocks and inline code) is read unstemmed and without stop words: see
 * {@link #indexStream}.
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

    private static final int CJK_SCRIPTS = CJKBigramFilter.HAN | CJKBigramFilter.HIRAGANA
            | CJKBigramFilter.KATAKANA | CJKBigramFilter.HANGUL;

    private static final int IDENTIFIER_FLAGS = WordDelimiterGraphFilter.GENERATE_WORD_PARTS
            | WordDelimiterGraphFilter.GENERATE_NUMBER_PARTS | WordDelimiterGraphFilter.SPLIT_ON_CASE_CHANGE
            | WordDelimiterGraphFilter.SPLIT_ON_NUMERICS | WordDelimiterGraphFilter.PRESERVE_ORIGINAL;

    private static final Map<Language, Analyzer> STEMMED_BY = new EnumMap<>(Language.class);
    private static final Map<Language, Analyzer> WORDS_BY = new EnumMap<>(Language.class);

    static {
        for (Language l : Language.values()) {
            STEMMED_BY.put(l, analyzer(l, true));
            WORDS_BY.put(l, analyzer(l, false));
        }
    }

    /** English, stemmed: how queries and highlights read text unless a language says otherwise. */
    static final Analyzer STEMMED = STEMMED_BY.get(Language.ENGLISH);
    /** English words, unstemmed. */
    static final Analyzer WORDS = WORDS_BY.get(Language.ENGLISH);

    /** A token of some text: its place in the text, its position and its analysed form. */
    record Token(int start, int end, int position, String term, String type) {
    }

    private Analysis() {
    }

    static Analyzer stemmed(Language language) {
        return STEMMED_BY.get(language);
    }

    static Analyzer words(Language language) {
        return WORDS_BY.get(language);
    }

    private static Analyzer analyzer(Language language, boolean stem) {
        return new Analyzer() {
            @Override
            protected Reader initReader(String fieldName, Reader reader) {
                return new MappingCharFilter(COLON_SPLITS, reader);
            }

            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, chain(language, source, stem, List.of()));
            }

            /** A phrase never runs from a section's text into its title. */
            @Override
            public int getPositionIncrementGap(String fieldName) {
                return 100;
            }
        };
    }

    /**
     * The analyzer the index writer is given: it only decides the gap between the values of a
     * field, since every analysed field brings its own stream ({@link AnalysedField}).
     */
    static Analyzer forIndex() {
        return new PerFieldAnalyzerWrapper(STEMMED, Map.of(SearchFields.WORDS, WORDS));
    }

    /**
     * A section's text as the index reads it, in its language: the stretches in {@code code}
     * (pairs of offsets, code blocks and inline code) unstemmed and with their stop words kept,
     * so that {@code foo_bar()} or {@code return} in a listing is found as written.
     */
    static TokenStream indexStream(Language language, String text, List<int[]> code, boolean stem) {
        StandardTokenizer source = new StandardTokenizer();
        source.setReader(new MappingCharFilter(COLON_SPLITS, new StringReader(text)));
        return chain(language, source, stem, code);
    }

    private static TokenStream chain(Language language, Tokenizer source, boolean stem, List<int[]> code) {
        TokenStream stream = source;
        if (!code.isEmpty()) {
            stream = new CodeMarker(stream, code);
        }
        stream = identifierParts(stream);
        stream = new CJKWidthFilter(stream);
        if (language == Language.ENGLISH) {
            stream = new EnglishPossessiveFilter(stream);
        }
        stream = new LowerCaseFilter(stream);
        if (language.elides) {
            stream = new ElisionFilter(stream, FrenchAnalyzer.DEFAULT_ARTICLES);
        }
        if (stem) {
            stream = new CJKBigramFilter(stream, CJK_SCRIPTS, true);
        }
        if (language == Language.ENGLISH || !stem) {
            stream = new ASCIIFoldingFilter(stream);
        }
        if (!stem) {
            return stream;
        }
        stream = new ProseStopFilter(stream, language.stopWords());
        if (language == Language.ENGLISH) {
            stream = new PorterStemFilter(stream);
        } else if (language.snowball != null) {
            stream = new SnowballFilter(stream, language.snowball);
        }
        return language == Language.ENGLISH ? stream : new ASCIIFoldingFilter(stream);
    }

    /** Tokens that look like code are kept whole and read by their parts as well. */
    private static TokenStream identifierParts(TokenStream in) {
        TokenStream conditional = new ConditionalTokenFilter(in, s -> new WordDelimiterGraphFilter(s, true,
                WordDelimiterIterator.DEFAULT_WORD_DELIM_TABLE, IDENTIFIER_FLAGS, null)) {
            private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

            @Override
            protected boolean shouldFilter() {
                return looksLikeCode(term);
            }
        };
        return new StackedParts(conditional);
    }

    /**
     * A word joined by "_" or "." ("snake_case", "images.Filter", "v1.2.3") or with a capital
     * after a small letter ("camelCase"). "K2" or "MP3" are words, not code: they stay whole.
     */
    static boolean looksLikeCode(CharSequence t) {
        for (int i = 1; i < t.length(); i++) {
            char c = t.charAt(i);
            char before = t.charAt(i - 1);
            if ((c == '_' || c == '.') && i < t.length() - 1) {
                return true;
            }
            if (Character.isUpperCase(c) && Character.isLowerCase(before)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The word-delimiter filter puts a word's parts one after another, spanning as many positions;
     * here they are stacked at the word's own position, so "gaussian" and "blur" stand where
     * "images.GaussianBlur" stands and the words around it keep their distances.
     */
    private static final class StackedParts extends TokenFilter {
        private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
        private final PositionLengthAttribute length = addAttribute(PositionLengthAttribute.class);
        private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
        private int wholeEnd = -1;

        StackedParts(TokenStream in) {
            super(in);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                return false;
            }
            if (offset.startOffset() < wholeEnd) {
                increment.setPositionIncrement(0);
            } else {
                wholeEnd = length.getPositionLength() > 1 ? offset.endOffset() : -1;
            }
            length.setPositionLength(1);
            return true;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            wholeEnd = -1;
        }
    }

    /** Marks the tokens inside code as keywords: the stemmer and the stop filter leave them as they are. */
    private static final class CodeMarker extends TokenFilter {
        private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
        private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
        private final List<int[]> code;
        private int at;

        CodeMarker(TokenStream in, List<int[]> code) {
            super(in);
            this.code = code;
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                return false;
            }
            int start = offset.startOffset();
            while (at < code.size() && code.get(at)[1] <= start) {
                at++;
            }
            if (at < code.size() && code.get(at)[0] <= start) {
                keyword.setKeyword(true);
            }
            return true;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            at = 0;
        }
    }

    /** Stop words are dropped from prose only. */
    private static final class ProseStopFilter extends FilteringTokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
        private final CharArraySet stops;

        ProseStopFilter(TokenStream in, CharArraySet stops) {
            super(in);
            this.stops = stops;
        }

        @Override
        protected boolean accept() {
            return keyword.isKeyword() || !stops.contains(term.buffer(), 0, term.length());
        }
    }

    static List<Token> tokens(Analyzer analyzer, String text) {
        try (TokenStream stream = analyzer.tokenStream(SearchFields.TEXT, text)) {
            return tokens(stream);
        } catch (IOException e) {
            // Analysis of a String does no I/O; this cannot happen.
            throw new UncheckedIOException(e);
        }
    }

    private static List<Token> tokens(TokenStream stream) throws IOException {
        List<Token> tokens = new ArrayList<>();
        CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
        OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
        PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
        TypeAttribute type = stream.addAttribute(TypeAttribute.class);
        stream.reset();
        int position = -1;
        while (stream.incrementToken()) {
            position += increment.getPositionIncrement();
            tokens.add(new Token(offset.startOffset(), offset.endOffset(), Math.max(0, position), term.toString(),
                    type.type()));
        }
        stream.end();
        return tokens;
    }

    /** The stem of one word in English, or empty for a stop word such as "and" or "the". */
    static Optional<String> stem(String word) {
        return stem(word, Language.ENGLISH);
    }

    /** The stem of one word in a language, or empty for one of its stop words. */
    static Optional<String> stem(String word, Language language) {
        List<Token> tokens = tokens(stemmed(language), word);
        return tokens.isEmpty() ? Optional.empty() : Optional.of(tokens.get(0).term());
    }

    /**
     * What one typed word can match in the index, in a language: each form a list of terms with
     * their positions relative to the first (a single term for most words). A word written as code
     * has its whole form and its parts stacked at one position; a run of CJK characters, its
     * bigrams in a row. Empty for a stop word.
     */
    static List<List<Highlight.PhraseTerm>> forms(String word, Language language, boolean stem) {
        List<Token> tokens = tokens(stem ? stemmed(language) : words(language), word);
        if (tokens.isEmpty()) {
            return List.of();
        }
        List<List<Highlight.PhraseTerm>> forms = new ArrayList<>();
        if (tokens.stream().anyMatch(t -> CJKBigramFilter.DOUBLE_TYPE.equals(t.type()))) {
            List<Highlight.PhraseTerm> bigrams = new ArrayList<>();
            int first = -1;
            for (Token t : tokens) {
                if (CJKBigramFilter.DOUBLE_TYPE.equals(t.type())) {
                    first = first < 0 ? t.position() : first;
                    bigrams.add(new Highlight.PhraseTerm(t.term(), t.position() - first));
                }
            }
            forms.add(bigrams);
            return forms;
        }
        Token whole = tokens.get(0);
        forms.add(List.of(new Highlight.PhraseTerm(whole.term(), 0)));
        List<Highlight.PhraseTerm> parts = new ArrayList<>();
        int base = whole.position();
        for (Token t : tokens.subList(1, tokens.size())) {
            parts.add(new Highlight.PhraseTerm(t.term(), t.position() - base));
        }
        if (!parts.isEmpty()) {
            forms.add(parts);
        }
        return forms;
    }

    /** A tag, topic or id as refinements look it up: lowercase, accents folded, spaces and underscores as hyphens. */
    static String slug(String value) {
        return fold(value.strip()).replaceAll("[\\s_]+", "-");
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
