package dev.gloss.core.glossary;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Editorial checks of a glossary against a library, in sentences a writer can act on. The
 * structural rules (unique ids, no name shared by two terms) are enforced when a
 * {@link Glossary} is built; these are the rules a glossary file can break and still load.
 */
public final class GlossaryCheck {
    /** A sentence ends with ".", "!" or "?" followed by a space and a capital. */
    private static final Pattern SENTENCE_BREAK = Pattern.compile("[.!?][\"”’)]?\\s+(?=[\\p{Lu}\\d])");

    private GlossaryCheck() {
    }

    public static List<String> problems(Glossary glossary, MentionIndex mentions) {
        List<String> problems = new ArrayList<>();
        for (Term t : glossary.terms()) {
            String label = "'" + t.term() + "' (" + t.id() + ")";
            if (!t.relatedOnly() && mentions.of(t.id()).isEmpty()) {
                problems.add(label + ": neither it nor an alias occurs in the library; mark it relatedOnly");
            }
            for (String r : t.related()) {
                if (glossary.term(r).isEmpty()) {
                    problems.add(label + ": the related term '" + r + "' does not exist");
                } else if (r.equals(t.id())) {
                    problems.add(label + ": it is related to itself");
                }
            }
            if (sentences(t.definition()) != 1) {
                problems.add(label + ": the definition is not one sentence");
            }
        }
        return problems;
    }

    /** How many sentences a text holds (0 if it does not end like a sentence). */
    static int sentences(String text) {
        String s = text.strip();
        if (s.isEmpty() || ".!?".indexOf(s.charAt(s.length() - 1)) < 0) {
            return 0;
        }
        return SENTENCE_BREAK.split(s).length;
    }
}
