package dev.gloss.core.search;

import dev.gloss.core.model.Article;
import dev.gloss.core.model.Section;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.ca.CatalanAnalyzer;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fi.FinnishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.hu.HungarianAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.no.NorwegianAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.ro.RomanianAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * How the text of an article is analysed for search, chosen by its language: English as Gloss
 * always did (Porter stems, its stop words, accents folded); the European languages that Lucene
 * has a Snowball stemmer and a stop list for, each with its own; any other language as words
 * without stems. Chinese, Japanese and Korean are read by bigrams in every analysis, so a
 * Japanese word in an English page is found too. {@link #of(Article)} takes the language from the
 * article's metadata, or detects it from its text.
 */
enum Language {
    ENGLISH("en", "English", null, () -> EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, false),
    GERMAN("de", "German", "German2", GermanAnalyzer::getDefaultStopSet, false),
    FRENCH("fr", "French", "French", FrenchAnalyzer::getDefaultStopSet, true),
    SPANISH("es", "Spanish", "Spanish", SpanishAnalyzer::getDefaultStopSet, false),
    ITALIAN("it", "Italian", "Italian", ItalianAnalyzer::getDefaultStopSet, true),
    PORTUGUESE("pt", "Portuguese", "Portuguese", PortugueseAnalyzer::getDefaultStopSet, false),
    DUTCH("nl", "Dutch", "Dutch", DutchAnalyzer::getDefaultStopSet, false),
    SWEDISH("sv", "Swedish", "Swedish", SwedishAnalyzer::getDefaultStopSet, false),
    DANISH("da", "Danish", "Danish", DanishAnalyzer::getDefaultStopSet, false),
    NORWEGIAN("no", "Norwegian", "Norwegian", NorwegianAnalyzer::getDefaultStopSet, false),
    FINNISH("fi", "Finnish", "Finnish", FinnishAnalyzer::getDefaultStopSet, false),
    HUNGARIAN("hu", "Hungarian", "Hungarian", HungarianAnalyzer::getDefaultStopSet, false),
    ROMANIAN("ro", "Romanian", "Romanian", RomanianAnalyzer::getDefaultStopSet, false),
    RUSSIAN("ru", "Russian", "Russian", RussianAnalyzer::getDefaultStopSet, false),
    CATALAN("ca", "Catalan", "Catalan", CatalanAnalyzer::getDefaultStopSet, true),
    /** Chinese, Japanese, Korean, and languages without a stemmer here: words (and CJK bigrams), unstemmed. */
    OTHER("und", "other", null, () -> CharArraySet.EMPTY_SET, false);

    final String code;
    final String name;
    /** The Snowball stemmer's name, or null for Porter (English) or none. */
    final String snowball;
    private final Supplier<CharArraySet> stopWords;
    /** Whether articles and pronouns elide onto the next word ("l'ordre"). */
    final boolean elides;
    private volatile CharArraySet stops;

    Language(String code, String name, String snowball, Supplier<CharArraySet> stopWords, boolean elides) {
        this.code = code;
        this.name = name;
        this.snowball = snowball;
        this.stopWords = stopWords;
        this.elides = elides;
    }

    CharArraySet stopWords() {
        CharArraySet s = stops;
        if (s == null) {
            s = stopWords.get();
            stops = s;
        }
        return s;
    }

    private static final Map<String, Language> BY_CODE = Map.ofEntries(
            Map.entry("nb", NORWEGIAN), Map.entry("nn", NORWEGIAN));

    /** The language of a BCP 47 tag ("de-AT", "pt_BR"); English for none, OTHER for one without a stemmer here. */
    static Language ofTag(String tag) {
        if (tag == null || tag.isBlank()) {
            return ENGLISH;
        }
        String primary = tag.strip().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
        Language alias = BY_CODE.get(primary);
        if (alias != null) {
            return alias;
        }
        for (Language l : values()) {
            if (l.code.equals(primary)) {
                return l;
            }
        }
        return OTHER;
    }

    /** The language by its code as the index keeps it. */
    static Language ofCode(String code) {
        for (Language l : values()) {
            if (l.code.equals(code)) {
                return l;
            }
        }
        return ENGLISH;
    }

    /** The article's language: from its metadata when it says, else detected from its text. */
    static Language of(Article article) {
        if (article.meta().language() != null) {
            return ofTag(article.meta().language());
        }
        StringBuilder sample = new StringBuilder(article.title()).append('\n');
        for (Section s : article.sections()) {
            if (sample.length() > SAMPLE_CHARS) {
                break;
            }
            sample.append(s.proseText()).append('\n');
        }
        return detect(sample.length() > SAMPLE_CHARS ? sample.substring(0, SAMPLE_CHARS) : sample.toString());
    }

    private static final int SAMPLE_CHARS = 6_000;

    /**
     * Common short words of each language that are rarely words of another: a text is in the
     * language whose words make up the largest share of it, if that share is clearly above
     * English's; a text mostly in Chinese, Japanese or Korean characters is OTHER (read by bigrams).
     */
    private static final Map<Language, Set<String>> MARKERS = Map.of(
            ENGLISH, Set.of("the", "and", "of", "to", "is", "that", "with", "for", "this", "are", "it", "you", "from", "which"),
            GERMAN, Set.of("der", "die", "das", "und", "ist", "nicht", "mit", "sich", "auf", "ein", "eine", "den", "dem", "sie", "wird", "auch"),
            FRENCH, Set.of("le", "la", "les", "et", "est", "des", "une", "dans", "pour", "que", "qui", "du", "sur", "pas", "avec", "sont"),
            SPANISH, Set.of("el", "los", "las", "y", "es", "una", "del", "para", "que", "por", "con", "como", "su", "se", "pero"),
            ITALIAN, Set.of("il", "gli", "della", "che", "di", "una", "per", "non", "sono", "con", "del", "alla", "nel", "questo"),
            PORTUGUESE, Set.of("os", "uma", "não", "para", "com", "que", "do", "da", "em", "são", "mais", "pelo", "pela"),
            DUTCH, Set.of("de", "het", "een", "en", "van", "is", "niet", "dat", "op", "te", "zijn", "met", "voor", "wordt"),
            SWEDISH, Set.of("och", "att", "det", "som", "är", "en", "på", "för", "med", "av", "inte", "den", "har"));

    static Language detect(String text) {
        int letters = 0;
        int cjk = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetter(c)) {
                letters++;
                if (isCjk(c)) {
                    cjk++;
                }
            }
        }
        if (letters > 0 && cjk * 10 >= letters * 3) {
            return OTHER;
        }
        String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}']+");
        int counted = 0;
        Map<Language, Integer> hits = new java.util.EnumMap<>(Language.class);
        for (String w : words) {
            if (w.isEmpty()) {
                continue;
            }
            counted++;
            for (Map.Entry<Language, Set<String>> e : MARKERS.entrySet()) {
                if (e.getValue().contains(w)) {
                    hits.merge(e.getKey(), 1, Integer::sum);
                }
            }
        }
        int english = hits.getOrDefault(ENGLISH, 0);
        Language best = ENGLISH;
        int bestHits = english;
        for (Language l : List.of(GERMAN, FRENCH, SPANISH, ITALIAN, PORTUGUESE, DUTCH, SWEDISH)) {
            int h = hits.getOrDefault(l, 0);
            if (h > bestHits) {
                best = l;
                bestHits = h;
            }
        }
        // A few foreign words in an English text, or too little text to tell, leave it English.
        boolean clear = best != ENGLISH && bestHits * 10 >= counted && bestHits * 2 >= english * 3;
        return clear ? best : ENGLISH;
    }

    /** Han, Hiragana, Katakana or Hangul: the scripts read by bigrams. */
    static boolean isCjk(int c) {
        Character.UnicodeScript s = Character.UnicodeScript.of(c);
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                || s == Character.UnicodeScript.KATAKANA || s == Character.UnicodeScript.HANGUL;
    }
}
