package dev.gloss.cli;

import dev.gloss.core.bookmarks.Bookmark;
import dev.gloss.core.bookmarks.BookmarkStore;
import dev.gloss.core.bookmarks.TextRange;
import dev.gloss.core.library.Library;
import dev.gloss.core.model.Article;
import dev.gloss.core.model.Section;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.util.Optional;

@Command(name = "add", mixinStandardHelpOptions = true,
        description = {"Bookmarks a section, or a passage of it with --quote; prints the bookmark's id once it is saved.",
                "A section or passage already bookmarked keeps its bookmark; a new --note is added to its note "
                        + "after a blank line (a note it already holds is not repeated)."})
final class BookmarksAddCommand implements Runnable {

    @Parameters(paramLabel = "SECTION_ID", description = "The section's id, as `gloss show ARTICLE_ID` prints it.")
    String sectionId;

    @Option(names = "--note", paramLabel = "TEXT", description = "A note to keep with the bookmark.")
    String note;

    @Option(names = "--quote", paramLabel = "TEXT",
            description = "A passage of the section to bookmark (case and spacing need not match).")
    String quote;

    @Option(names = {"--colour", "--color"}, paramLabel = "COLOUR",
            description = "The bookmark's colour: yellow (the default), green, blue, pink or purple; "
                    + "given for a bookmark that exists, it changes its colour.")
    String colour;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        chosen = BookmarksCommand.colour(colour).orElse(null);
        Library library = CliLibrary.load(spec);
        Section section = library.section(sectionId).orElseThrow(() -> new UserError("no section with the id '"
                + sectionId + "'; `gloss show ARTICLE_ID` lists an article's sections", 1));
        Article article = library.articleOf(sectionId).orElseThrow();
        BookmarkStore store = BookmarksCommand.open(spec);
        Bookmark bookmark;
        try {
            bookmark = quote == null ? addSection(store, article, section) : addPassage(store, article, section);
        } finally {
            BookmarksCommand.close(store);
        }
        // Only once it is saved: a failed save is an error, not a bookmark.
        spec.commandLine().getOut().println(bookmark.id());
    }

    private Bookmark addSection(BookmarkStore store, Article article, Section section) {
        Optional<Bookmark> existing = store.sectionBookmark(section.id());
        if (existing.isEmpty()) {
            return store.addSection(article, section, orEmpty(note), chosen);
        }
        Bookmark bookmark = store.addSection(article, section, orEmpty(note), chosen);
        spec.commandLine().getErr().println(bookmark.note().equals(existing.get().note())
                ? "gloss: the section was already bookmarked"
                : "gloss: the section was already bookmarked; the note was added to its note");
        return bookmark;
    }

    private Bookmark addPassage(BookmarkStore store, Article article, Section section) {
        TextRange passage = BookmarkStore.findPassage(section, quote).orElseThrow(() -> new UserError(
                "the quote is not in the section '" + section.id() + "'", 1));
        int before = store.all().size();
        Bookmark bookmark = store.addPassage(article, section, passage, orEmpty(note), chosen);
        if (store.all().size() == before) {
            spec.commandLine().getErr().println("gloss: the passage was already bookmarked"
                    + (note != null && !note.isBlank() ? "; the note was added to its note unless it held it" : ""));
        }
        return bookmark;
    }

    private dev.gloss.core.bookmarks.HighlightColour chosen;

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
