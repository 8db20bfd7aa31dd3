package dev.gloss.cli;

import dev.gloss.core.model.Section;

import dev.gloss.core.bookmarks.BookmarkGroup;
import dev.gloss.core.bookmarks.BookmarkGrouping;
import dev.gloss.core.bookmarks.BookmarkOrder;
import dev.gloss.core.bookmarks.BookmarkStore;
import dev.gloss.core.bookmarks.HighlightColour;
import dev.gloss.core.bookmarks.ResolvedBookmark;
import dev.gloss.core.library.Library;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@Command(name = "list", mixinStandardHelpOptions = true,
        description = "Lists the bookmarks by article, as they stand against the current library.")
final class BookmarksListCommand implements Runnable {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Option(names = "--json", description = "Print JSON: [{\"id\",\"articleId\",\"sectionId\",\"sectionTitle\","
            + "\"quote\",\"note\",\"created\",\"state\",\"colour\"}], in reading order.")
    boolean json;

    @Option(names = "--newest", description = "Newest first, instead of in reading order.")
    boolean newest;

    @Option(names = "--filter", paramLabel = "TEXT", description = "Only bookmarks whose note, quote or titles hold every word.")
    String filter = "";

    @Option(names = {"--colour", "--color"}, paramLabel = "COLOUR",
            description = "Only bookmarks of this colour: yellow, green, blue, pink or purple.")
    String colour;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        java.util.Optional<HighlightColour> only = BookmarksCommand.colour(colour);
        Library library = CliLibrary.load(spec);
        BookmarkStore store = BookmarksCommand.open(spec);
        List<BookmarkGroup> groups;
        try {
            groups = BookmarkGrouping.group(store.resolve(library), library,
                    newest ? BookmarkOrder.NEWEST_FIRST : BookmarkOrder.READING_ORDER, filter, only);
        } finally {
            BookmarksCommand.close(store);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.write(groups.stream().flatMap(g -> g.bookmarks().stream()).map(BookmarksListCommand::row).toList()));
            return;
        }
        if (groups.isEmpty()) {
            out.println(only.isPresent() ? "No " + only.get().key() + " bookmarks." : "No bookmarks.");
        }
        for (BookmarkGroup group : groups) {
            out.println(group.articleTitle());
            for (ResolvedBookmark r : group.bookmarks()) {
                printBookmark(out, r);
            }
        }
    }

    private static void printBookmark(PrintWriter out, ResolvedBookmark r) {
        String title = Section.displayTitle(r.sectionTitle());
        out.printf("  %s  %s  %-6s  %s%s%n", r.bookmark().id().substring(0, Math.min(8, r.bookmark().id().length())),
                WHEN.format(r.bookmark().created().atZone(ZoneId.systemDefault())), r.bookmark().colour().key(), title,
                r.isDetached() ? "  (detached: no longer in the library)" : "");
        if (r.bookmark().isPassage()) {
            out.println("      \u201C" + r.bookmark().quote().replaceAll("\\s+", " ") + "\u201D");
        }
        for (String line : r.bookmark().note().strip().split("\n")) {
            if (!line.isBlank()) {
                out.println("      " + line.strip());
            }
        }
    }

    private static Map<String, Object> row(ResolvedBookmark r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.bookmark().id());
        m.put("articleId", r.articleId());
        m.put("sectionId", r.sectionId().orElse(r.bookmark().sectionId()));
        m.put("sectionTitle", r.sectionTitle());
        m.put("quote", r.bookmark().quote());
        m.put("note", r.bookmark().note());
        m.put("created", r.bookmark().created().toString());
        m.put("state", r.state().label());
        m.put("colour", r.bookmark().colour().key());
        return m;
    }
}
