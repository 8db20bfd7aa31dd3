package dev.gloss.core.topics;

import dev.gloss.core.model.Section;
import dev.gloss.core.model.TextUnit;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The candidate key phrases of a section: its words and pairs of adjacent words, stemmed with
 * Lucene's English analysis (the tokenizer, possessives, stop words and Porter stemmer that search
 * uses), counted in its title and its prose. Code, mathematics and words that are not words of
 * prose (anything with a digit, an underscore or a dot, camelCase identifiers, words under three
 * letters, common English words and markup remnants) are left out and break a pair, so that no
 * phrase runs across them. A word in the title counts {@value #TITLE_WEIGHT} times.
 */
final class Phrases {
    static final int TITLE_WEIGHT = 2;
    private static final int MAX_WORD = 30;
    private static final CharArraySet STOP = stopWords();

    private static final Analyzer ANALYZER = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream stream = new EnglishPossessiveFilter(source);
            stream = new LowerCaseFilter(stream);
            stream = new StopFilter(stream, STOP);
            return new TokenStreamComponents(source, new PorterStemFilter(stream));
        }
    };

    /** A phrase's count in one section and the forms it was written in there. */
    static final class Count {
        int count;
        final Map<String, Integer> forms = new HashMap<>(2);
    }

    private Phrases() {
    }

    /** The section's phrases (a pair as its two stems joined by a space) with their counts. */
    static Map<String, Count> of(Section section) {
        Map<String, Count> counts = new HashMap<>();
        if (section.hasVisibleTitle()) {
            add(section.title(), TITLE_WEIGHT, counts);
        }
        for (TextUnit unit : section.units()) {
            if (unit.kind() != TextUnit.Kind.CODE && unit.kind() != TextUnit.Kind.MATH) {
                add(prose(unit), 1, counts);
            }
        }
        return counts;
    }

    /** The phrase a section's title is, when it is one word or two of prose (else null): "Synopsis", "See also". */
    static String titlePhrase(Section section) {
        if (!section.hasVisibleTitle()) {
            return null;
        }
        Map<String, Count> counts = new HashMap<>();
        add(section.title(), 1, counts);
        String longest = null;
        int words = 0;
        for (Map.Entry<String, Count> e : counts.entrySet()) {
            int n = e.getKey().split(" ").length;
            words += n == 1 ? e.getValue().count : 0;
            if (longest == null || n > longest.split(" ").length) {
                longest = e.getKey();
            }
        }
        return words >= 1 && words <= 2 && longest != null && longest.split(" ").length == words ? longest : null;
    }

    /** A unit's text with its inline code blanked: an identifier in prose is not a phrase of it. */
    private static String prose(TextUnit unit) {
        StringBuilder sb = new StringBuilder();
        for (var run : unit.runs()) {
            String t = run.text();
            if (run.marks().contains(dev.gloss.core.model.Run.Mark.CODE)) {
                sb.append(" \u0000 ");
            } else {
                sb.append(t);
            }
        }
        return sb.toString();
    }

    private static void add(String text, int weight, Map<String, Count> counts) {
        if (text.isBlank()) {
            return;
        }
        try (TokenStream stream = ANALYZER.tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            String previous = null;
            String previousForm = null;
            int previousEnd = -1;
            while (stream.incrementToken()) {
                String form = text.substring(offset.startOffset(), offset.endOffset());
                if (!isProseWord(form)) {
                    previous = null;
                    continue;
                }
                String stem = term.toString();
                String lowerForm = displayForm(form);
                bump(counts, stem, lowerForm, weight);
                boolean adjacent = previous != null && increment.getPositionIncrement() == 1
                        && onlySpaceBetween(text, previousEnd, offset.startOffset());
                if (adjacent) {
                    bump(counts, previous + " " + stem, previousForm + " " + lowerForm, weight);
                }
                previous = stem;
                previousForm = lowerForm;
                previousEnd = offset.endOffset();
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a String reader does not fail
        }
    }

    /** Words of one phrase stand next to each other, with nothing but a space or a hyphen between. */
    private static boolean onlySpaceBetween(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && c != '-') {
                return false;
            }
        }
        return true;
    }

    private static void bump(Map<String, Count> counts, String phrase, String form, int weight) {
        Count c = counts.computeIfAbsent(phrase, p -> new Count());
        c.count += weight;
        c.forms.merge(form, weight, Integer::sum);
    }

    /**
     * A word as a topic's name shows it: lowercase, unless it is written with capitals inside
     * (JavaScript) or is an abbreviation (API), which keep theirs.
     */
    static String displayForm(String form) {
        boolean innerCapital = false;
        for (int i = 1; i < form.length(); i++) {
            innerCapital |= Character.isUpperCase(form.charAt(i));
        }
        return innerCapital ? form : form.toLowerCase(Locale.ROOT);
    }

    /**
     * A word of prose: letters only, three to thirty of them, and not an identifier in camelCase
     * ("getElementById", "useState"); "JavaScript" (capitalised, one capital inside) and "API" are words.
     */
    static boolean isProseWord(String form) {
        int n = form.length();
        if (n < 3 || n > MAX_WORD) {
            return false;
        }
        int humps = 0;
        for (int i = 0; i < n; i++) {
            char c = form.charAt(i);
            if (!Character.isLetter(c)) {
                return false;
            }
            if (i > 0 && Character.isUpperCase(c) && Character.isLowerCase(form.charAt(i - 1))) {
                humps++;
            }
        }
        return humps == 0 || (humps == 1 && Character.isUpperCase(form.charAt(0)));
    }

    private static CharArraySet stopWords() {
        CharArraySet set = new CharArraySet(2000, true);
        set.addAll(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        // Function words of the languages Lucene knows best, so a page in another language is not
        // named by its articles and prepositions.
        for (CharArraySet other : List.of(GermanAnalyzer.getDefaultStopSet(), FrenchAnalyzer.getDefaultStopSet(),
                SpanishAnalyzer.getDefaultStopSet(), ItalianAnalyzer.getDefaultStopSet(),
                PortugueseAnalyzer.getDefaultStopSet(), DutchAnalyzer.getDefaultStopSet(),
                RussianAnalyzer.getDefaultStopSet())) {
            set.addAll(other);
        }
        try (InputStream in = Phrases.class.getResourceAsStream("common-words.txt")) {
            if (in == null) {
                throw new IllegalStateException("common-words.txt is missing from Gloss");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.startsWith("#")) {
                    continue;
                }
                for (String word : line.trim().split("\\s+")) {
                    if (!word.isEmpty()) {
                        set.add(word);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return CharArraySet.unmodifiableSet(set);
    }
}
