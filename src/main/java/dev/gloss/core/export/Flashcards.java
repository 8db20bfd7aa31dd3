package dev.gloss.core.export;

import dev.gloss.core.glossary.Term;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Flashcards in the plain-text form Anki imports (File > Import): a header naming the separator,
 * the deck, the tags for every card and the columns, then one card a line, front, back and the
 * card's own tags separated by tabs. A field with a tab, a line break or a double quote is quoted
 * as Anki reads it ({@code "..."}, a quote doubled). Glossary terms give the term on the front and
 * its definition on the back; highlighted passages the passage on the front and the reader's note
 * with where the passage is from on the back.
 */
public final class Flashcards {
    /** One card. */
    public record Card(String front, String back, List<String> tags) {
        public Card {
            tags = List.copyOf(tags);
        }
    }

    private Flashcards() {
    }

    /** The cards of glossary terms: the term (and its other names), its definition and explanation. */
    public static List<Card> ofTerms(List<Term> terms) {
        List<Card> cards = new ArrayList<>();
        for (Term t : terms) {
            String front = t.term() + (t.aliases().isEmpty() ? "" : " (" + String.join(", ", t.aliases()) + ")");
            String back = t.definition() + (t.explanation() == null || t.explanation().isBlank() ? "" : "\n\n" + t.explanation());
            List<String> tags = new ArrayList<>(List.of("glossary"));
            if (t.category() != null && !t.category().isBlank()) {
                tags.add(tag(t.category()));
            }
            cards.add(new Card(front, back, tags));
        }
        return cards;
    }

    /** The cards of highlighted passages (bookmarks of whole sections have no passage and give none). */
    public static List<Card> ofHighlights(String articleTitle, String articleId, List<Highlight> highlights) {
        List<Card> cards = new ArrayList<>();
        for (Highlight h : highlights) {
            if (h.quote().isBlank()) {
                continue;
            }
            String where = articleTitle + (h.sectionTitle().isBlank() ? "" : " › " + h.sectionTitle());
            String back = (h.note().isBlank() ? "" : h.note().strip() + "\n\n") + "— " + where;
            List<String> tags = new ArrayList<>(List.of("highlight", tag(articleId)));
            h.colour().filter(c -> !c.isBlank()).ifPresent(c -> tags.add(tag("highlight-" + c)));
            cards.add(new Card(h.quote().strip(), back, tags));
        }
        return cards;
    }

    /** The file Anki imports: the header, then the cards. */
    public static String render(String deck, List<String> tags, List<Card> cards) {
        StringBuilder out = new StringBuilder();
        out.append("#separator:tab\n");
        out.append("#html:false\n");
        out.append("#deck:").append(oneLine(deck)).append('\n');
        out.append("#tags:").append(String.join(" ", tags.stream().map(Flashcards::tag).toList())).append('\n');
        out.append("#columns:Front\tBack\tTags\n");
        out.append("#tags column:3\n");
        for (Card c : cards) {
            out.append(field(c.front())).append('\t').append(field(c.back())).append('\t')
                    .append(String.join(" ", c.tags())).append('\n');
        }
        return out.toString();
    }

    /** Anki's tags are words: spaces become hyphens, and nothing but letters, digits, "-", "_" and "::" stays. */
    static String tag(String s) {
        return s.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", "-").replaceAll("[^\\p{L}\\p{N}_:-]", "");
    }

    static String field(String text) {
        String t = text.strip();
        if (t.indexOf('\t') >= 0 || t.indexOf('\n') >= 0 || t.indexOf('"') >= 0 || t.indexOf('\r') >= 0) {
            return "\"" + t.replace("\"", "\"\"") + "\"";
        }
        return t;
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
