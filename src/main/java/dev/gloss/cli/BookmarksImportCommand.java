package dev.gloss.cli;

import dev.gloss.core.bookmarks.BookmarkFormatException;
import dev.gloss.core.bookmarks.BookmarkStore;
import dev.gloss.core.bookmarks.ImportResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Merges bookmarks from a JSON export (or `list --json`) without duplicates and without losing a note.",
                "A bookmark already here (the same id, or the same section and passage) is not added again: "
                        + "a newer copy of the same id replaces ours; a note of the same section or passage that "
                        + "ours does not hold is added to our note after a blank line (counted as updated); "
                        + "identical ones count as already there."})
final class BookmarksImportCommand implements Runnable {

    @Parameters(paramLabel = "FILE", description = "A file written by `gloss bookmarks export --format json`.")
    Path file;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new UserError("there is no file " + file, 1);
        } catch (IOException e) {
            throw new UserError("cannot read " + file + ": " + e.getMessage(), 1);
        }
        BookmarkStore store = BookmarksCommand.open(spec);
        ImportResult result;
        try {
            result = store.importJson(bytes);
        } catch (BookmarkFormatException e) {
            throw new UserError(file + " cannot be imported: " + e.getMessage(), 1);
        } finally {
            BookmarksCommand.close(store);
        }
        spec.commandLine().getOut().printf("%d added, %d updated, %d already there%n",
                result.added(), result.updated(), result.alreadyThere());
    }
}
