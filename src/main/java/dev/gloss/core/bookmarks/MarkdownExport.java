package dev.gloss.core.bookmarks;

import dev.gloss.core.model.Section;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Bookmarks as a Markdown document: an article per {@code ##} heading, a section per {@code ###}
 * heading, quotes as block quotes, then notes as written, and under each its colour and day.
 */
public final class MarkdownExport {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private MarkdownExport() {
    }

    public static String render(List<BookmarkGroup> groups, ZoneId zone) {
        StringBuilder md = new StringBuilder("# Bookmarks\n");
        for (BookmarkGroup group : groups) {
            md.append("\n## ").append(oneLine(group.articleTitle().isBlank() ? group.articleId() : group.articleTitle()))
                    .append('\n');
            String lastSection = null;
            for (ResolvedBookmark r : group.bookmarks()) {
                String sectionKey = r.sectionId().orElse("detached:" + r.bookmark().sectionId());
                if (!sectionKey.equals(lastSection)) {
                    md.append("\n### ").append(oneLine(sectionTitle(r))).append('\n');
                    lastSection = sectionKey;
                }
                appendBookmark(md, r, zone);
            }
        }
        return md.toString();
    }

    private static void appendBookmark(StringBuilder md, ResolvedBookmark r, ZoneId zone) {
        Bookmark b = r.bookmark();
        if (b.isPassage()) {
            md.append('\n');
            for (String line : b.quote().strip().split("\n", -1)) {
                md.append(line.isBlank() ? ">" : "> " + line.strip()).append('\n');
            }
        }
        if (!b.note().isBlank()) {
            md.append('\n').append(b.note().strip()).append('\n');
        }
        md.append("\n*Bookmarked ").append(DAY.format(b.created().atZone(zone))).append(" · ")
                .append(b.colour().key());
        if (r.isDetached()) {
            md.append(" · detached: no longer in the library");
        }
        md.append("*\n");
    }

    private static String sectionTitle(ResolvedBookmark r) {
        String title = r.sectionTitle();
        return Section.displayTitle(title);
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
