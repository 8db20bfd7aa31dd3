package dev.gloss.app.export;

import dev.gloss.app.reader.ReaderState;
import dev.gloss.app.tasks.Background;
import dev.gloss.core.bookmarks.BookmarkStore;
import dev.gloss.core.bookmarks.ResolvedBookmark;
import dev.gloss.core.export.ArticleMarkdown;
import dev.gloss.core.export.LibraryExport;
import dev.gloss.core.glossary.GlossaryService;
import dev.gloss.core.library.Library;
import dev.gloss.core.model.Article;
import dev.gloss.core.storage.AtomicFiles;
import dev.gloss.core.storage.IoErrors;
import dev.gloss.core.topics.Topic;
import javafx.scene.control.ChoiceDialog;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * The window's exports: the article being read, a topic or the whole library as Markdown for a
 * notes app (File menu), and flashcards for Anki (the Glossary and Bookmarks tabs). The reader
 * chooses where; the export runs in the background and the status bar says what was written.
 */
public final class ExportActions {
    /** What a flashcard export holds. */
    public enum Cards { GLOSSARY, HIGHLIGHTS }

    private final ReaderState reader;
    private final Path dataDir;
    private final Background background;

    public ExportActions(ReaderState reader, Path dataDir, Background background) {
        this.reader = reader;
        this.dataDir = dataDir;
        this.background = background;
    }

    /** Carries out every export the reader asks for in the window {@code owner}, its dialogs over it. */
    public void install(Window owner) {
        reader.exportRequests().listen(export -> {
            switch (export) {
                case ARTICLE -> exportArticle(owner);
                case TOPIC -> exportTopic(owner);
                case LIBRARY -> exportLibrary(owner);
                case GLOSSARY_CARDS -> exportFlashcards(owner, Cards.GLOSSARY);
                case HIGHLIGHT_CARDS -> exportFlashcards(owner, Cards.HIGHLIGHTS);
            }
        });
    }

    /** File > Export Article as Markdown…: the article being read, with its highlights, to a file chosen. */
    public void exportArticle(Window owner) {
        Article article = reader.currentArticleProperty().get();
        Library library = reader.libraryProperty().get();
        if (article == null || library == null) {
            reader.status().tell("Open an article to export it.");
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export “" + article.title() + "” as Markdown");
        chooser.setInitialFileName(ArticleMarkdown.fileName(article));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Markdown", "*.md"));
        File file = chooser.showSaveDialog(owner);
        if (file != null) {
            background.run(() -> {
                AtomicFiles.write(file.toPath(), export(library).markdown(article).getBytes(StandardCharsets.UTF_8));
                return file.toPath();
            }, written -> reader.status().tell("Exported “" + article.title() + "” to " + written + "."), this::failed);
        }
    }

    /** File > Export Topic as Markdown…: every article with a section in the topic chosen, one file each. */
    public void exportTopic(Window owner) {
        Library library = reader.libraryProperty().get();
        if (library == null || reader.topics().topicsProperty().get() == null) {
            reader.status().tell("The topics are still being found; try again in a moment.");
            return;
        }
        List<Topic> topics = reader.topics().topicsProperty().get().topics().stream()
                .filter(t -> reader.topics().topicsProperty().get().count(t.id()) > 0).toList();
        ChoiceDialog<String> dialog = new ChoiceDialog<>(topics.isEmpty() ? null : topics.get(0).name(),
                topics.stream().map(Topic::name).toList());
        dialog.initOwner(owner);
        dialog.setTitle("Export a Topic as Markdown");
        dialog.setHeaderText("Every article with a section in the topic is written as a Markdown file of its own.");
        dialog.setContentText("Topic:");
        dialog.showAndWait().flatMap(name -> topics.stream().filter(t -> t.name().equals(name)).findFirst())
                .ifPresent(topic -> chooseFolder(owner, "Export “" + topic.name() + "” into a folder")
                        .ifPresent(folder -> writeArticles(library, folder, topic.id())));
    }

    /** File > Export Library as Markdown…: every article, one file each, into a folder chosen. */
    public void exportLibrary(Window owner) {
        Library library = reader.libraryProperty().get();
        if (library == null) {
            return;
        }
        chooseFolder(owner, "Export the library into a folder").ifPresent(folder -> writeArticles(library, folder, null));
    }

    /** Export Flashcards… in the Glossary tab (terms) and the Bookmarks tab (highlighted passages). */
    public void exportFlashcards(Window owner, Cards cards) {
        Library library = reader.libraryProperty().get();
        if (library == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(cards == Cards.GLOSSARY ? "Export the glossary as flashcards for Anki"
                : "Export highlighted passages as flashcards for Anki");
        chooser.setInitialFileName(cards == Cards.GLOSSARY ? "gloss-glossary.txt" : "gloss-highlights.txt");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Text for Anki's import", "*.txt"));
        File file = chooser.showSaveDialog(owner);
        if (file == null) {
            return;
        }
        background.run(() -> {
            LibraryExport export = export(library);
            String text = cards == Cards.GLOSSARY
                    ? export.flashcards("Gloss", GlossaryService.open(library, dataDir).glossary().terms(), List.of())
                    : export.flashcards("Gloss", List.of(), library.articles());
            AtomicFiles.write(file.toPath(), text.getBytes(StandardCharsets.UTF_8));
            return text.lines().filter(l -> !l.startsWith("#")).count();
        }, count -> reader.status().tell("Wrote " + count + (count == 1 ? " flashcard" : " flashcards") + " to " + file
                + "; in Anki, choose File > Import."), this::failed);
    }

    private Optional<Path> chooseFolder(Window owner, String title) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        return Optional.ofNullable(chooser.showDialog(owner)).map(File::toPath);
    }

    private void writeArticles(Library library, Path folder, String topicId) {
        background.run(() -> {
            LibraryExport export = export(library);
            List<Article> articles = topicId == null ? library.articles() : export.articlesOf(topicId);
            return export.writeMarkdown(articles, folder).size();
        }, n -> reader.status().tell("Exported " + n + (n == 1 ? " article" : " articles") + " to " + folder + "."), this::failed);
    }

    /** The export of the library as it is, with the bookmarks as saved (read on the worker). */
    private LibraryExport export(Library library) throws java.io.IOException {
        List<ResolvedBookmark> bookmarks;
        try (BookmarkStore store = BookmarkStore.open(dataDir)) {
            bookmarks = store.resolve(library);
        }
        return new LibraryExport(library, reader.topics().indexOf(library), bookmarks, ZoneId.systemDefault());
    }

    private void failed(Throwable e) {
        reader.status().tell("The export could not be written: " + IoErrors.describe(e) + ".");
    }
}
