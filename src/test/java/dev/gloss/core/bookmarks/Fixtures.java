package dev.gloss.core.bookmarks;

import dev.gloss.core.ingest.ImportException;
import dev.gloss.core.ingest.PlainTextImporter;
import dev.gloss.core.library.Library;
import dev.gloss.core.model.Article;
import dev.gloss.core.model.Paragraph;
import dev.gloss.core.model.Section;
import dev.gloss.core.model.TitleKind;

import java.io.UncheckedIOException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Small articles and libraries for the bookmark tests. */
final class Fixtures {
    static final Article.Origin ORIGIN = new Article.Origin("test.txt", "text");
    static final Article SCRATCH = new Article("scratch", "Scratch", List.of(), ORIGIN);

    private Fixtures() {
    }

    /** A section of its own, so that every key gives a distinct bookmark. */
    static Section section(String key) {
        return new Section("scratch/" + key, "Section " + key, TitleKind.HEADING,
                List.of(Paragraph.of("The text of section " + key + ", which a reader bookmarked.")));
    }

    static Article article(String id, String text) {
        try {
            return PlainTextImporter.parse(text, id, ORIGIN);
        } catch (ImportException e) {
            throw new IllegalArgumentException(e);
        }
    }

    static Library library(Article... articles) {
        return new Library(List.of(articles));
    }

    static Set<String> idsInFile(Path file) throws IOException, BookmarkFormatException {
        Set<String> ids = new HashSet<>();
        for (Bookmark b : BookmarkCodec.read(Files.readAllBytes(file)).live()) {
            ids.add(b.id());
        }
        return ids;
    }

    /** The command that starts {@code main} of a test class in a fresh JVM with the tests' class path. */
    static List<String> javaCommand(Class<?> main, String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // A small, quickly started JVM: the children live for well under a second each.
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto", "-Xmx64m",
                "-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(args));
        return command;
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
