package dev.gloss.cli;

import dev.gloss.core.bookmarks.BookmarkStore;
import dev.gloss.core.storage.IoErrors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Path;

@Command(name = "bookmarks", mixinStandardHelpOptions = true,
        description = {"The reader's bookmarks and notes, kept in bookmarks.json in the data folder.",
                "The window and the command line may change them at the same time: nothing is lost."},
        subcommands = {BookmarksListCommand.class, BookmarksAddCommand.class, BookmarksRemoveCommand.class,
                BookmarksExportCommand.class, BookmarksImportCommand.class})
final class BookmarksCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Opens the store of the data folder; a broken file is set aside and reported on stderr, and the command goes on. */
    static BookmarkStore open(CommandSpec spec) {
        Path dir = GlossCommand.dataDir(spec);
        BookmarkStore store;
        try {
            store = BookmarkStore.open(dir);
        } catch (IOException e) {
            throw new UserError("the bookmarks in " + dir + " cannot be read: " + IoErrors.describe(e), 1);
        }
        store.recoveryMessage().ifPresent(message -> spec.commandLine().getErr().println("gloss: " + message));
        return store;
    }

    /** A colour given on the command line, or none; anything else is a malformed command line. */
    static java.util.Optional<dev.gloss.core.bookmarks.HighlightColour> colour(String given) {
        if (given == null) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(dev.gloss.core.bookmarks.HighlightColour.fromKey(given).orElseThrow(() ->
                new UserError("--colour is " + dev.gloss.core.bookmarks.HighlightColour.keys() + ", not '" + given + "'", 2)));
    }

    /** Saves and closes the store, as one line on failure. */
    static void close(BookmarkStore store) {
        try {
            store.close();
        } catch (IOException e) {
            throw new UserError("the bookmarks could not be saved to " + store.file() + ": " + IoErrors.describe(e), 1);
        }
    }

}
