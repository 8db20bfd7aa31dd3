package dev.gloss.core.bookmarks;

import dev.gloss.core.library.Library;
import dev.gloss.core.model.Article;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** Filters resolved bookmarks by text, orders them and groups them by article. */
public final class BookmarkGrouping {
    private BookmarkGrouping() {
    }

    public static List<BookmarkGroup> group(List<ResolvedBookmark> bookmarks, Library library,
                                            BookmarkOrder order, String filter) {
        return group(bookmarks, library, order, filter, java.util.Optional.empty());
    }

    /** As {@link #group(List, Library, BookmarkOrder, String)}, keeping only one colour's bookmarks when one is given. */
    public static List<BookmarkGroup> group(List<ResolvedBookmark> bookmarks, Library library,
                                            BookmarkOrder order, String filter,
                                            java.util.Optional<HighlightColour> colour) {
        List<ResolvedBookmark> kept = new ArrayList<>(bookmarks.stream().filter(matching(filter))
                .filter(r -> colour.isEmpty() || r.bookmark().colour() == colour.get()).toList());
        kept.sort(order == BookmarkOrder.READING_ORDER ? readingOrder(library) : newestFirst());
        // Groups appear in the order of their first bookmark, so the sort above orders them too.
        Map<String, List<ResolvedBookmark>> byArticle = new LinkedHashMap<>();
        Map<String, String> titles = new LinkedHashMap<>();
        for (ResolvedBookmark r : kept) {
            byArticle.computeIfAbsent(r.articleId(), id -> new ArrayList<>()).add(r);
            titles.putIfAbsent(r.articleId(), r.articleTitle());
        }
        List<BookmarkGroup> groups = new ArrayList<>();
        byArticle.forEach((id, list) -> groups.add(new BookmarkGroup(id, titles.get(id), list)));
        return groups;
    }

    /** Every word of the filter appears in the note, quote, section title or article title. */
    static Predicate<ResolvedBookmark> matching(String filter) {
        String[] words = NormalizedText.normalize(filter == null ? "" : filter).split(" ");
        return r -> {
            Bookmark b = r.bookmark();
            String haystack = NormalizedText.normalize(String.join("\n", b.note(), b.quote(), r.sectionTitle(),
                    b.sectionTitle(), r.articleTitle()));
            for (String word : words) {
                if (!haystack.contains(word)) {
                    return false;
                }
            }
            return true;
        };
    }

    private static Comparator<ResolvedBookmark> newestFirst() {
        return Comparator.comparing((ResolvedBookmark r) -> r.bookmark().created()).reversed()
                .thenComparing(r -> r.bookmark().id());
    }

    private static Comparator<ResolvedBookmark> readingOrder(Library library) {
        List<String> articleOrder = library.articles().stream().map(Article::id).toList();
        Comparator<ResolvedBookmark> byArticle = Comparator.comparingInt(r -> indexOrLast(articleOrder, r.articleId()));
        return byArticle
                .thenComparing(ResolvedBookmark::articleTitle)
                .thenComparing(ResolvedBookmark::articleId)
                .thenComparingInt(r -> sectionIndex(library, r))
                .thenComparingInt(r -> r.passage().map(TextRange::start).orElse(-1))
                .thenComparing(r -> r.bookmark().created())
                .thenComparing(r -> r.bookmark().id());
    }

    private static int sectionIndex(Library library, ResolvedBookmark r) {
        return r.section().flatMap(s -> library.article(s.articleId()))
                .map(a -> a.sections().indexOf(r.section().get()))
                .filter(i -> i >= 0)
                .orElse(Integer.MAX_VALUE);
    }

    private static int indexOrLast(List<String> order, String id) {
        int i = order.indexOf(id);
        return i < 0 ? Integer.MAX_VALUE : i;
    }
}
