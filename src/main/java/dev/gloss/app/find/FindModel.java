package dev.gloss.app.find;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Finds every occurrence of a query in a list of texts, ignoring case, as find-in-page does. */
public final class FindModel {

    /** One occurrence: the index of the text it is in and its range there. */
    public record Match(int block, int start, int end) {
    }

    private FindModel() {
    }

    public static List<Match> find(List<String> texts, String query) {
        List<Match> matches = new ArrayList<>();
        String q = query.strip().toLowerCase(Locale.ROOT);
        if (q.isEmpty()) {
            return matches;
        }
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i).toLowerCase(Locale.ROOT);
            for (int at = text.indexOf(q); at >= 0; at = text.indexOf(q, at + q.length())) {
                matches.add(new Match(i, at, at + q.length()));
            }
        }
        return matches;
    }
}
