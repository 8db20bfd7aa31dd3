package dev.gloss.core.topics;

import dev.gloss.core.library.Library;
import dev.gloss.core.model.Article;
import dev.gloss.core.model.Section;

import java.util.ArrayList;
import java.util.List;

/**
 * The sections a saved search finds: those whose title or text has every word of the query
 * (stemmed, so "containers" finds "container"), and every quoted phrase as a phrase. Computed
 * again whenever the topics are, so the topic stays current as the library changes.
 */
final class SavedSearch {
    private SavedSearch() {
    }

    /** The ids of the matching sections, in library order; none for a query without words. */
    static List<String> matches(Library library, String query) {
        List<List<String>> parts = parse(query);
        List<String> ids = new ArrayList<>();
        if (parts.isEmpty()) {
            return ids;
        }
        for (Article a : library.articles()) {
            for (Section s : a.sections()) {
                List<String> words = StemmedTokens.of((s.hasVisibleTitle() ? s.title() + " \n " : "") + s.plainText());
                if (parts.stream().allMatch(p -> contains(words, p))) {
                    ids.add(s.id());
                }
            }
        }
        return ids;
    }

    /** A query's words, one part each, and its quoted phrases, one part each. */
    static List<List<String>> parse(String query) {
        List<List<String>> parts = new ArrayList<>();
        String[] pieces = query.split("\"", -1);
        for (int i = 0; i < pieces.length; i++) {
            List<String> words = StemmedTokens.of(pieces[i]);
            if (i % 2 == 1 && i < pieces.length - 1) {
                if (!words.isEmpty()) {
                    parts.add(words);
                }
            } else {
                words.forEach(w -> parts.add(List.of(w)));
            }
        }
        return parts;
    }

    private static boolean contains(List<String> words, List<String> phrase) {
        outer:
        for (int i = 0; i + phrase.size() <= words.size(); i++) {
            for (int k = 0; k < phrase.size(); k++) {
                if (!words.get(i + k).equals(phrase.get(k))) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
