package dev.gloss.app.imports;

import dev.gloss.app.search.SearchViewModel;
import dev.gloss.app.reader.ReaderState;
import dev.gloss.app.tasks.Background;
import dev.gloss.core.library.BundledLibrary;
import dev.gloss.core.model.Article;
import dev.gloss.core.topics.TopicIndex;
import dev.gloss.core.userlibrary.ImportReport;
import dev.gloss.core.userlibrary.ImportStatus;
import dev.gloss.core.userlibrary.UserLibrary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImportViewModelTest {
    @TempDir
    Path dataDir;
    @TempDir
    Path sources;

    private ReaderState reader;
    private SearchViewModel search;
    private ImportViewModel imports;
    private final List<Runnable> onProgress = new ArrayList<>();
    private int progressTold;

    @BeforeEach
    void setUp() {
        reader = new ReaderState();
        search = new SearchViewModel(reader, Background.sameThread());
        Executor fx = r -> {
            r.run();
            progressTold++;
            onProgress.forEach(Runnable::run);
        };
        imports = new ImportViewModel(reader, Background.sameThread(), Background.sameThread(), fx, dataDir);
        reader.load(UserLibrary.source(dataDir), Background.sameThread(), Optional.empty());
        reader.startup().firstFramePainted();
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(sources.resolve(name), text, StandardCharsets.UTF_8);
    }

    private void writeMixedFolder() throws IOException {
        write("alpha.txt", "Quokkas on Rottnest\n\nThe quokka is a small marsupial that lives on Rottnest Island.\n");
        write("beta.md", "# Tardigrade survival\n\nTardigrades survive *desiccation* for decades.\n\n## Cryptobiosis\n\nA state of suspended life.\n");
        write("gamma.html", "<html><head><title>Axolotl care</title><script>alert(1)</script></head><body>"
                + "<nav>Home | About</nav><article><h1>Axolotl care</h1><p>The axolotl keeps its gills for life "
                + "and regrows its limbs.</p></article><footer>Copyright</footer></body></html>");
        write("zz-copy-of-alpha.txt", Files.readString(sources.resolve("alpha.txt")));
        Files.write(sources.resolve("broken.txt"), new byte[] {0, 1, 2, 3, (byte) 0xff, 0, 0, 7, 0, 0, 0, 9});
    }

    @Test
    void importsAFolderAndReportsEachFileWithItsStatus() throws IOException {
        writeMixedFolder();
        imports.importPaths(List.of(sources));

        Map<String, ReportRow> rows = imports.reportRows().stream()
                .collect(Collectors.toMap(ReportRow::file, r -> r));
        assertEquals(5, rows.size(), rows.toString());
        assertEquals(ImportStatus.IMPORTED, rows.get("alpha.txt").status());
        assertEquals(ImportStatus.IMPORTED, rows.get("beta.md").status());
        assertEquals(ImportStatus.IMPORTED, rows.get("gamma.html").status());
        assertEquals("Added as “Axolotl care”.", rows.get("gamma.html").detail());
        assertEquals(ImportStatus.DUPLICATE, rows.get("zz-copy-of-alpha.txt").status());
        assertTrue(rows.get("zz-copy-of-alpha.txt").detail().contains("already holds this content"),
                rows.get("zz-copy-of-alpha.txt").detail());
        assertEquals(ImportStatus.FAILED, rows.get("broken.txt").status());
        assertFalse(rows.get("broken.txt").detail().isBlank(), "a failure says why");
        assertFalse(rows.get("broken.txt").detail().contains("Exception"), rows.get("broken.txt").detail());

        assertEquals(ImportViewModel.Notice.REPORT, imports.noticeProperty().get());
        assertEquals("Import finished, 5 files: 3 imported, 1 already in the library, 1 failed.",
                imports.noticeTextProperty().get());
        assertFalse(imports.runningProperty().get());
        assertEquals(1.0, imports.progressProperty().get());
        assertTrue(progressTold > 0, "progress reached the FX thread");
    }

    @Test
    void newArticlesReachTheLibraryTopicsAndSearchWithoutARestart() throws IOException {
        writeMixedFolder();
        Article reading = reader.currentArticleProperty().get();
        TopicIndex topicsBefore = reader.topics().topicsProperty().get();
        int before = reader.articles().size();

        imports.importPaths(List.of(sources));

        assertEquals(before + 3, reader.articles().size());
        assertTrue(reader.articles().stream().anyMatch(a -> a.title().equals("Tardigrade survival")));
        assertTrue(reader.libraryProperty().get().article(reader.articles().get(before).id()).isPresent());
        assertEquals(reading, reader.currentArticleProperty().get(), "the reader stays where they were");
        assertNotSame(topicsBefore, reader.topics().topicsProperty().get(), "topics are computed anew");
        assertTrue(reader.topics().topicsProperty().get().topicsOf(reader.articles().get(before).sections().get(0).id()) != null);

        search.queryProperty().set("axolotl");
        assertFalse(search.results().isEmpty(), "search finds the new article: " + search.statusProperty().get());
        assertEquals("Axolotl care", search.results().get(0).articleTitle());
    }

    @Test
    void anUpdatedFileReplacesTheArticleBeingRead() throws IOException {
        Path file = write("notes.md", "# Field notes\n\n## Birds\n\nA heron at dawn.\n");
        imports.importPaths(List.of(file));
        String id = imports.lastReportProperty().get().results().get(0).articleId().orElseThrow();
        reader.openArticle(id);
        reader.openSection(id + "/birds");

        write("notes.md", "# Field notes\n\n## Birds\n\nA heron at dawn, and a kingfisher at noon.\n");
        imports.importPaths(List.of(file));

        assertEquals(ImportStatus.UPDATED, imports.reportRows().get(0).status());
        Article shown = reader.currentArticleProperty().get();
        assertEquals(id, shown.id());
        assertTrue(shown.sections().get(shown.sections().size() - 1).plainText().contains("kingfisher"));
        assertEquals(id + "/birds", reader.currentSectionProperty().get().id(), "the reader keeps their section");
        search.queryProperty().set("kingfisher");
        assertEquals(1, search.results().size());
    }

    @Test
    void cancelStopsBeforeTheNextFileAndKeepsWhatWasImported() throws IOException {
        for (int i = 0; i < 6; i++) {
            write("note-" + i + ".txt", "Note number " + i + "\n\nThis is note " + i + " about cormorant " + i + ".\n");
        }
        onProgress.add(() -> {
            if (progressTold == 2) {
                imports.cancel();
            }
        });
        int before = reader.articles().size();

        imports.importPaths(List.of(sources));

        ImportReport report = imports.lastReportProperty().get();
        assertTrue(report.cancelled());
        assertEquals(2, report.results().size());
        assertEquals(4, report.notStarted());
        assertEquals(before + 2, reader.articles().size(), "the files done before the cancel stay");
        assertEquals("Import cancelled after 2 files: 2 imported; 4 not imported.", imports.noticeTextProperty().get());
        assertFalse(imports.runningProperty().get());
        assertFalse(imports.cancellingProperty().get());
    }

    @Test
    void removeAndUndoBringTheArticleBackUnderItsId() throws IOException {
        Path file = write("heron.txt", "Herons\n\nThe grey heron stands still in the shallows.\n");
        imports.importPaths(List.of(file));
        String id = imports.lastReportProperty().get().results().get(0).articleId().orElseThrow();
        reader.openArticle(id);
        Article imported = reader.libraryProperty().get().article(id).orElseThrow();
        assertTrue(imports.isRemovable(imported));

        imports.remove(id);

        assertTrue(reader.libraryProperty().get().article(id).isEmpty());
        assertFalse(reader.articles().stream().anyMatch(a -> a.id().equals(id)));
        assertNotNull(reader.currentArticleProperty().get());
        assertFalse(reader.currentArticleProperty().get().id().equals(id), "a removed article gives way to another");
        assertEquals(ImportViewModel.Notice.REMOVED, imports.noticeProperty().get());
        assertTrue(imports.noticeTextProperty().get().startsWith("Removed “Herons”"), imports.noticeTextProperty().get());
        assertNotNull(imports.undoableProperty().get());
        search.queryProperty().set("heron");
        assertTrue(search.results().stream().noneMatch(r -> r.articleId().equals(id)), "search forgets a removed article");
        assertTrue(UserLibrary.combined(dataDir).article(id).isEmpty(), "removed on disk too");

        imports.undoRemove();

        assertEquals(imported, reader.libraryProperty().get().article(id).orElseThrow());
        assertNull(imports.undoableProperty().get());
        assertEquals("“Herons” is back in the library.", imports.noticeTextProperty().get());
        search.queryProperty().set("grey heron");
        assertEquals(id, search.results().get(0).articleId());
        assertTrue(UserLibrary.combined(dataDir).article(id).isPresent());
    }

    @Test
    void bundledArticlesCannotBeRemoved() {
        Article bundled = BundledLibrary.load().articles().get(0);
        assertFalse(imports.isRemovable(bundled));
        int before = reader.articles().size();

        imports.remove(bundled.id());

        assertEquals(before, reader.articles().size());
        assertNull(imports.undoableProperty().get());
        assertTrue(reader.status().messageProperty().get().contains("bundled"));
    }

    @Test
    void dismissClosesTheNoticeAndForgetsTheUndo() throws IOException {
        imports.importPaths(List.of(write("kestrel.txt", "Kestrels\n\nA kestrel hovers over the verge.\n")));
        imports.remove(imports.lastReportProperty().get().results().get(0).articleId().orElseThrow());
        imports.dismiss();
        assertEquals(ImportViewModel.Notice.NONE, imports.noticeProperty().get());
        assertNull(imports.undoableProperty().get());
    }
}
