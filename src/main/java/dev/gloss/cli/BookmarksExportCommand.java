package dev.gloss.cli;

import dev.gloss.core.bookmarks.BookmarkStore;
import dev.gloss.core.storage.AtomicFiles;
import dev.gloss.core.storage.IoErrors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.ZoneId;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Writes the bookmarks as Markdown (by article: section titles, quotes, notes) or as JSON that `import` reads.")
final class BookmarksExportCommand implements Runnable {

    @Option(names = "--format", paramLabel = "md|json", required = true, description = "md or json.")
    String format;

    /** As typed: a trailing separator names a folder, which a {@link Path} would forget. */
    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of the standard output.")
    String outText;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        if (!format.equals("md") && !format.equals("json")) {
            throw new UserError("--format is md or json, not '" + format + "'", 2);
        }
        Path out = null;
        if (outText != null) {
            out = target(outText);
            refuseSpecial(out);
        }
        BookmarkStore store = BookmarksCommand.open(spec);
        byte[] bytes;
        try {
            bytes = format.equals("md")
                    ? store.exportMarkdown(CliLibrary.load(spec), ZoneId.systemDefault()).getBytes(StandardCharsets.UTF_8)
                    : store.exportJson();
        } finally {
            BookmarksCommand.close(store);
        }
        if (out == null) {
            spec.commandLine().getOut().print(new String(bytes, StandardCharsets.UTF_8));
            spec.commandLine().getOut().flush();
            return;
        }
        try {
            AtomicFiles.write(out, bytes);
        } catch (IOException e) {
            throw new UserError("cannot write " + out + ": " + IoErrors.describe(e), 1);
        }
        spec.commandLine().getErr().println("gloss: " + store.all().size() + " bookmarks written to " + out);
    }

    /**
     * The file --out names; a name that is empty or ends in a path separator names a folder (which
     * may not exist yet) and is refused, rather than written as a file of the folder's name.
     */
    private static Path target(String raw) {
        if (raw.isBlank()) {
            throw new UserError("--out needs a file name", 2);
        }
        char last = raw.charAt(raw.length() - 1);
        if (last == '/' || last == java.io.File.separatorChar) {
            throw new UserError("cannot write " + raw + ": it names a folder (it ends in '" + last + "'); give a file name", 1);
        }
        try {
            return Path.of(raw);
        } catch (java.nio.file.InvalidPathException e) {
            throw new UserError("cannot write " + raw + ": " + e.getReason(), 2);
        }
    }

    /** --out names a regular file or nothing yet: a folder, a pipe or a device is refused before anything is written. */
    private void refuseSpecial(Path target) {
        String raw = target.toString();
        try {
            Path file = AtomicFiles.followLinks(target.toAbsolutePath());
            BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (attrs.isDirectory()) {
                throw new UserError("cannot write " + raw + ": it is a folder; give a file name", 1);
            }
            if (!attrs.isRegularFile()) {
                throw new UserError("cannot write " + raw + ": it is not a regular file (a device or a pipe); "
                        + "give a file name, or leave out --out to print the export", 1);
            }
        } catch (NoSuchFileException e) {
            // A new file: fine.
        } catch (java.io.IOException e) {
            throw new UserError("cannot write " + raw + ": " + IoErrors.describe(e), 1);
        }
    }
}
