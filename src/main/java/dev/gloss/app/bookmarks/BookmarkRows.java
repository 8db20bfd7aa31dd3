package dev.gloss.app.bookmarks;

import dev.gloss.core.model.Section;

import dev.gloss.core.bookmarks.Bookmark;
import dev.gloss.core.bookmarks.BookmarkGroup;
import dev.gloss.core.bookmarks.HighlightColour;
import dev.gloss.core.bookmarks.ResolvedBookmark;
import dev.gloss.core.bookmarks.TextRange;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The rows of the Bookmarks panel, as the view model lists them and the cells show them. */
public final class BookmarkRows {
    private static final DateTimeFormatter MADE = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);
    /** Longer quotes are shortened in the panel; the article shows them whole. */
    static final int QUOTE_PREVIEW = 240;

    private BookmarkRows() {
    }

    /** A row of the panel: an article's heading, or one of its bookmarks. */
    public sealed interface Row permits ArticleRow, BookmarkRow {
    }

    /** The heading of an article's bookmarks. */
    public record ArticleRow(String articleId, String title, int count) implements Row {
    }

    /**
     * One bookmark as the panel shows it. A detached one has no section in the library: it shows
     * its saved section title and quote. {@code passage} is where its quote is in the section's text.
     */
    public record BookmarkRow(String id, String articleTitle, String sectionTitle, String quote, String note,
                              String made, boolean detached, Optional<String> sectionId,
                              Optional<TextRange> passage, HighlightColour colour) implements Row {
        public boolean isPassage() {
            return !quote.isEmpty();
        }
    }

    /** Each article's heading, then its bookmarks, in the groups' order. */
    static List<Row> of(List<BookmarkGroup> groups, ZoneId zone) {
        List<Row> rows = new ArrayList<>();
        for (BookmarkGroup group : groups) {
            rows.add(new ArticleRow(group.articleId(), group.articleTitle(), group.bookmarks().size()));
            group.bookmarks().forEach(r -> rows.add(row(r, zone)));
        }
        return rows;
    }

    private static BookmarkRow row(ResolvedBookmark r, ZoneId zone) {
        Bookmark b = r.bookmark();
        String sectionTitle = r.section().map(Section::displayTitle)
                .orElse(Section.displayTitle(b.sectionTitle()));
        String quote = b.quote().strip().replaceAll("\\s+", " ");
        if (quote.length() > QUOTE_PREVIEW) {
            quote = quote.substring(0, QUOTE_PREVIEW - 1).stripTrailing() + "…";
        }
        return new BookmarkRow(b.id(), r.articleTitle(), sectionTitle, quote, b.note(),
                MADE.format(b.created().atZone(zone)), r.isDetached(), r.sectionId(), r.passage(), b.colour());
    }
}
