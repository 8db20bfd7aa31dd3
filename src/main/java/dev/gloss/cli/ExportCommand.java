package dev.gloss.cli;

import dev.gloss.core.bookmarks.BookmarkStore;
import dev.gloss.core.export.LibraryExport;
import dev.gloss.core.glossary.GlossaryService;
import dev.gloss.core.library.Library;
import dev.gloss.core.model.Article;
import dev.gloss.core.storage.AtomicFiles;
import dev.gloss.core.storage.IoErrors;
import dev.gloss.core.topics.TopicIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes articles with their highlights and notes as Markdown for a notes app (Obsidian, Logseq):"
                + " front matter, the text, then each highlight as a quote with its note and a link back (gloss://section/ID).",
                "One article prints to the standard output unless --out names a folder; a topic or --all writes one file per "
                        + "article (ID.md) into the folder --out names.",
                "--flashcards writes glossary terms and highlighted passages as a file Anki imports (File > Import)."})
final class ExportCommand implements Runnable {

    @Parameters(paramLabel = "ARTICLE_ID", arity = "0..*", description = "The articles to export.")
    List<String> articleIds = new ArrayList<>();

    @Option(names = "--topic", paramLabel = "ID", description = "Every article with a section in this topic (`gloss topics` lists them).")
    String topic;

    @Option(names = "--all", description = "The whole library.")
    boolean all;

    @Option(names = "--out", paramLabel = "DIR|FILE", description = "The folder for Markdown files; the file for --flashcards.")
    String out;

    @Option(names = "--flashcards", description = "Flashcards for Anki: glossary terms, and the highlighted passages of the articles chosen (all when none is).")
    boolean flashcards;

    @Option(names = "--deck", paramLabel = "NAME", defaultValue = "Gloss", description = "The Anki deck the flashcards go to (default: ${DEFAULT-VALUE}).")
    String deck;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        int ways = (articleIds.isEmpty() ? 0 : 1) + (topic == null ? 0 : 1) + (all ? 1 : 0);
        if (ways > 1) {
            throw new UserError("choose the articles one way: ARTICLE_ID..., --topic ID or --all", 2);
        }
        if (ways == 0 && !flashcards) {
            throw new UserError("name the articles to export: ARTICLE_ID..., --topic ID or --all", 2);
        }
        Library library = CliLibrary.load(spec);
        TopicIndex topics = TopicIndex.of(library);
        List<Article> articles = new ArrayList<>();
        if (topic != null) {
            if (topics.topic(topic).isEmpty()) {
                throw new UserError("no topic with the id '" + topic + "'; `gloss topics` lists them", 1);
            }
            articles.addAll(new LibraryExport(library, topics, List.of(), ZoneId.systemDefault())
                    .articlesOf(topic));
        } else if (all || articleIds.isEmpty()) {
            articles.addAll(library.articles());
        } else {
            for (String id : articleIds) {
                articles.add(library.article(id).orElseThrow(() -> new UserError("no article with the id '" + id
                        + "'; `gloss articles` lists them", 1)));
            }
        }
        BookmarkStore store = BookmarksCommand.open(spec);
        LibraryExport export;
        try {
            export = new LibraryExport(library, topics, store.resolve(library), ZoneId.systemDefault());
        } finally {
            BookmarksCommand.close(store);
        }
        if (flashcards) {
            GlossaryService glossary = GlossaryService.open(library, GlossCommand.dataDir(spec));
            String text = export.flashcards(deck, glossary.glossary().terms(), articles);
            if (out == null) {
                spec.commandLine().getOut().print(text);
                spec.commandLine().getOut().flush();
                return;
            }
            Path file = path(out);
            if (Files.isDirectory(file)) {
                throw new UserError("cannot write " + out + ": it is a folder; give a file name for the flashcards", 1);
            }
            try {
                AtomicFiles.write(file, text.getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UserError("cannot write " + file + ": " + IoErrors.describe(e), 1);
            }
            long cards = text.lines().filter(l -> !l.startsWith("#")).count();
            spec.commandLine().getErr().println("gloss: " + cards + (cards == 1 ? " flashcard" : " flashcards")
                    + " written to " + file);
            return;
        }
        if (out == null) {
            if (articles.size() != 1) {
                throw new UserError(articles.size() + " articles make " + articles.size()
                        + " files: give the folder for them with --out DIR", 2);
            }
            spec.commandLine().getOut().print(export.markdown(articles.get(0)));
            spec.commandLine().getOut().flush();
            return;
        }
        Path folder = path(out);
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new UserError("cannot write into " + out + ": it is a file; --out names a folder for the Markdown files", 1);
        }
        try {
            List<Path> written = export.writeMarkdown(articles, folder);
            spec.commandLine().getErr().println("gloss: " + written.size() + (written.size() == 1 ? " article" : " articles")
                    + " written to " + folder);
        } catch (IOException e) {
            throw new UserError("cannot write into " + folder + ": " + IoErrors.describe(e), 1);
        }
    }

    private static Path path(String raw) {
        if (raw.isBlank()) {
            throw new UserError("--out needs a name", 2);
        }
        try {
            return Path.of(raw);
        } catch (InvalidPathException e) {
            throw new UserError("cannot use " + raw + ": " + e.getReason(), 2);
        }
    }
}
