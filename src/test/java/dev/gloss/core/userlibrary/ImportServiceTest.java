package dev.gloss.core.userlibrary;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gloss.core.ingest.ImportException;
import dev.gloss.core.ingest.SourceFormat;
import dev.gloss.core.model.Article;
import dev.gloss.core.model.Section;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImportServiceTest {
    private static final String NOTES_V1 = "# Field Notes\n\n## Alpha\n\nFirst text.\n\n## Beta\n\nSecond text.\n";
    private static final String NOTES_V2 = "# Field Notes, Revised\n\n## Alpha\n\nFirst text, revised.\n\n"
            + "## Gamma\n\nA new section.\n";

    @TempDir
    Path data;
    @TempDir
    Path files;

    private ImportService service() {
        return new ImportService(data, Set.of("bundled-article"), Clock.systemUTC());
    }

    private Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = files.resolve(name);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        return file;
    }

    /** Every file under the data folder with its bytes' hash: a fingerprint of the library. */
    private Map<String, String> snapshot() throws IOException {
        Map<String, String> m = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(data)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                m.put(data.relativize(p).toString(), sha256(Files.readAllBytes(p)));
            }
        }
        return m;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void importsEachFormatWithItsSourceCopyAndMetadata() throws Exception {
        Path text = write("plain.txt", "Plain Title\n\nA paragraph of plain text.\n");
        Path md = write("notes.md", NOTES_V1);
        Path html = write("page.htm", "<html><head><title>A Page | Site</title></head><body><article><h1>A Page</h1>"
                + "<p>Article text of the page, long enough to be read as its article.</p></article></body></html>");
        ImportReport report = service().importPaths(List.of(text, md, html));

        assertEquals(List.of(ImportStatus.IMPORTED, ImportStatus.IMPORTED, ImportStatus.IMPORTED),
                report.results().stream().map(FileResult::status).toList());
        assertEquals(List.of("plain-title", "field-notes", "a-page"),
                report.results().stream().map(r -> r.articleId().orElseThrow()).toList());
        Path folder = data.resolve("library/field-notes");
        assertEquals(NOTES_V1, Files.readString(folder.resolve("source.md")));
        ImportMetadata meta = new ObjectMapper().readValue(folder.resolve("meta.json").toFile(), ImportMetadata.class);
        assertEquals("notes.md", meta.sourceFileName());
        assertEquals("markdown", meta.format());
        assertEquals(sha256(NOTES_V1.getBytes(StandardCharsets.UTF_8)), meta.contentHash());
        assertNotNull(Instant.parse(meta.importedAt()));
        assertNull(meta.updatedAt());

        List<Article> articles = service().articles();
        assertEquals(List.of("plain-title", "field-notes", "a-page"), articles.stream().map(Article::id).toList());
        Article read = SourceFormat.MARKDOWN.read(NOTES_V1.getBytes(StandardCharsets.UTF_8), null, "notes.md");
        assertEquals(read.withOrigin(read.origin().at(files.resolve("notes.md").toAbsolutePath().normalize().toString())),
                articles.get(1), "the stored article is the article as read, with the path it was imported from");
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-8", "UTF-8 BOM", "UTF-16LE BOM", "UTF-16BE BOM", "windows-1252", "ISO-8859-1"})
    void readsTextInEverySupportedEncoding(String encoding) throws Exception {
        String text = "Café au lait\n\nA crème brûlée, naïvely ordered.\n";
        String charset = encoding.replace(" BOM", "");
        byte[] body = text.getBytes(charset);
        byte[] bom = !encoding.endsWith("BOM") ? new byte[0] : charset.equals("UTF-8")
                ? new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}
                : charset.equals("UTF-16LE") ? new byte[] {(byte) 0xFF, (byte) 0xFE} : new byte[] {(byte) 0xFE, (byte) 0xFF};
        byte[] bytes = java.util.Arrays.copyOf(bom, bom.length + body.length);
        System.arraycopy(body, 0, bytes, bom.length, body.length);

        ImportService service = service();
        FileResult result = service.importFile(write("cafe.txt", bytes));

        assertEquals(ImportStatus.IMPORTED, result.status(), result.reason().orElse(""));
        Article article = service.articles().get(0);
        assertEquals("Café au lait", article.title());
        assertEquals("cafe-au-lait", article.id());
        assertEquals("A crème brûlée, naïvely ordered.", article.sections().get(0).plainText());
    }

    @Test
    void theSameContentAgainIsADuplicateAndChangesNothing() throws Exception {
        Path md = write("notes.md", NOTES_V1);
        service().importPaths(List.of(md));
        Map<String, String> before = snapshot();

        Path copy = write("copy-of-notes.md", NOTES_V1);
        ImportReport again = service().importPaths(List.of(md, copy));

        for (FileResult r : again.results()) {
            assertEquals(ImportStatus.DUPLICATE, r.status());
            assertEquals("field-notes", r.articleId().orElseThrow());
            assertTrue(r.reason().orElseThrow().contains("already holds this content"), r.reason().orElseThrow());
        }
        assertFalse(again.changedLibrary());
        assertEquals(before, snapshot(), "not a byte of the library changed");
    }

    @Test
    void aChangedVersionUpdatesItsArticleAndKeepsTheIdsOfSectionsThatPersist() throws Exception {
        Path md = write("notes.md", NOTES_V1);
        ImportService service = service();
        service.importPaths(List.of(md));
        String importedAt = service.imported().get(0).importedAt();
        Files.writeString(md, NOTES_V2);

        FileResult result = service.importFile(md);

        assertEquals(ImportStatus.UPDATED, result.status());
        assertEquals("field-notes", result.articleId().orElseThrow(), "the article keeps its id under a new title");
        Article updated = service().articles().get(0);
        assertEquals("Field Notes, Revised", updated.title());
        assertEquals(List.of("field-notes/alpha", "field-notes/gamma"), updated.sections().stream().map(Section::id).toList());
        assertEquals("First text, revised.", updated.section("field-notes/alpha").orElseThrow().plainText());
        ImportMetadata meta = service.imported().get(0);
        assertEquals(importedAt, meta.importedAt());
        assertNotNull(meta.updatedAt());
        assertEquals(1, service.imported().size());
    }

    @Test
    void aMovedFileOfTheSameNameUpdatesButTwoFilesOfOneNameAreTwoArticles() throws Exception {
        Path first = write("a/notes.md", NOTES_V1);
        ImportService service = service();
        service.importFile(first);
        Path moved = write("b/notes.md", NOTES_V2);
        Files.delete(first);
        assertEquals(ImportStatus.UPDATED, service.importFile(moved).status());

        Path other = write("c/notes.md", "# Other Notes\n\nDifferent text.\n");
        FileResult result = service.importFile(other);
        assertEquals(ImportStatus.IMPORTED, result.status(), "b/notes.md still exists, so c/notes.md is another file");
        assertEquals(2, service.imported().size());
    }

    @Test
    void badFilesFailWithTheirReasonsWhileTheRestOfTheBatchGoesOn() throws Exception {
        byte[] invalidEverywhere = new byte[300];
        for (int i = 0; i < invalidEverywhere.length; i++) {
            invalidEverywhere[i] = (byte) (i % 2 == 0 ? 0x81 : 0x9D);
        }
        List<Path> batch = List.of(
                write("empty.txt", new byte[0]),
                write("photo.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R'}),
                write("garbled.txt", invalidEverywhere),
                write("picture.jpg", "not really a picture"),
                files.resolve("missing.txt"),
                write("title-only.md", "# Only a Title\n"),
                write("good.txt", "Good Title\n\nGood text.\n"));

        ImportReport report = service().importPaths(batch);

        assertEquals(List.of(ImportStatus.FAILED, ImportStatus.FAILED, ImportStatus.FAILED, ImportStatus.FAILED,
                ImportStatus.FAILED, ImportStatus.FAILED, ImportStatus.IMPORTED),
                report.results().stream().map(FileResult::status).toList());
        List<String> reasons = report.results().stream().map(r -> r.reason().orElse("")).toList();
        assertEquals("The file is empty.", reasons.get(0));
        assertEquals("The file holds binary data (NUL bytes), not text.", reasons.get(1));
        assertTrue(reasons.get(2).startsWith("The file is not text in any encoding Gloss reads"), reasons.get(2));
        assertTrue(reasons.get(3).startsWith("Gloss imports text, Markdown and saved web pages"), reasons.get(3));
        assertEquals("The file does not exist.", reasons.get(4));
        assertEquals("The file has a title (\"Only a Title\") but no text under it.", reasons.get(5));
        assertTrue(report.anyFailed());
        try (Stream<Path> folders = Files.list(data.resolve("library"))) {
            assertEquals(List.of("good-title"), folders.filter(Files::isDirectory).map(p -> p.getFileName().toString()).toList(),
                    "failed files leave no folder behind");
        }
    }

    @Test
    void aHundredMegabyteFileIsRefusedWithoutBeingRead() throws Exception {
        Path big = files.resolve("huge.txt");
        String line = "A line of an enormous text file, repeated until the file weighs a hundred megabytes.\n";
        try (Writer w = Files.newBufferedWriter(big)) {
            for (long written = 0; written < 100L * 1024 * 1024; written += line.length()) {
                w.write(line);
            }
        }
        ImportService service = service();
        Map<String, String> before = snapshot();
        FileResult result = service.importFile(big);
        assertEquals(ImportStatus.FAILED, result.status());
        assertEquals("The file is 100.0 MB; Gloss imports files of up to 20.0 MB.", result.reason().orElseThrow());
        assertEquals(before, snapshot());
    }

    @Test
    void aFileIsCheckedAgainstTheLimitBeforeReading() throws Exception {
        ImportService small = new ImportService(data, Set.of(), Clock.systemUTC(), 1024);
        FileResult result = small.importFile(write("long.txt", "Title\n\n" + "words ".repeat(400)));
        assertEquals("The file is 2.4 KB; Gloss imports files of up to 1.0 KB.", result.reason().orElseThrow());
    }

    @Test
    void aFileJustPastTheLimitIsToldInBytesNotAsTheSameRoundedFigure() throws Exception {
        ImportService small = new ImportService(data, Set.of(), Clock.systemUTC(), 1024);
        FileResult result = small.importFile(write("long.txt", "Title\n\n" + "w".repeat(1024)));
        assertEquals("The file is 1,031 bytes; Gloss imports files of up to 1,024 bytes (1.0 KB).",
                result.reason().orElseThrow());
    }

    @Test
    void aStreamThatNeverEndsIsCutOffAtTheLimit() {
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return 'a';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                java.util.Arrays.fill(b, off, off + len, (byte) 'a');
                return len;
            }
        };
        ImportException e = assertThrows(ImportException.class,
                () -> SourceFiles.readAtMost(endless, 1024 * 1024, SourceFiles.sha256()));
        assertEquals("The file is larger than 1.0 MB, the largest file Gloss imports.", e.getMessage());
    }

    @Test
    void reportsProgressBeforeEachFileAndStopsBetweenFilesWhenCancelled() throws Exception {
        List<Path> batch = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            batch.add(write("note-" + i + ".md", "# Note " + i + "\n\nText " + i + ".\n"));
        }
        List<String> seen = new ArrayList<>();
        ImportReport report = service().importPaths(batch,
                (done, total, current) -> seen.add(done + "/" + total + " " + current.getFileName()),
                () -> seen.size() >= 2);

        assertEquals(List.of("0/5 note-1.md", "1/5 note-2.md"), seen);
        assertTrue(report.cancelled());
        assertEquals(2, report.results().size());
        assertEquals(3, report.notStarted());
        assertEquals(2, service().imported().size(), "the files done before the cancel stay imported");
    }

    @Test
    void aFolderBringsInTheFilesGlossReadsAndLeavesOutHiddenOnes() throws Exception {
        write("folder/a.md", "# A\n\nText a.\n");
        write("folder/sub/b.txt", "B\n\nText b.\n");
        write("folder/.hidden/c.md", "# C\n\nText c.\n");
        write("folder/.d.txt", "D\n\nText d.\n");
        write("folder/e.jpg", "not an image");

        ImportReport report = service().importPaths(List.of(files.resolve("folder")));

        assertEquals(List.of("a.md", "b.txt"), report.results().stream()
                .map(r -> r.file().getFileName().toString()).toList());
        assertFalse(report.anyFailed());

        write("pictures/photo.jpg", "not an image");
        FileResult nothing = service().importPaths(List.of(files.resolve("pictures"))).results().get(0);
        assertEquals(ImportStatus.FAILED, nothing.status());
        assertTrue(nothing.reason().orElseThrow().startsWith("The folder holds no files Gloss imports"));
    }

    @Test
    void idsStayClearOfTheBundledArticlesAndOfEachOther() throws Exception {
        ImportService service = service();
        FileResult first = service.importFile(write("one.txt", "Bundled Article\n\nText one.\n"));
        FileResult second = service.importFile(write("two.txt", "Bundled Article\n\nText two.\n"));
        assertEquals("bundled-article-2", first.articleId().orElseThrow());
        assertEquals("bundled-article-3", second.articleId().orElseThrow());
        assertTrue(service.articles().get(0).sections().stream().allMatch(s -> s.id().startsWith("bundled-article-2/")));
    }

    @Test
    void aRemovedArticleGoesToTheTrashAndComesBackWithItsIds() throws Exception {
        ImportService service = service();
        service.importFile(write("notes.md", NOTES_V1));
        Article before = service.articles().get(0);

        Removal removal = service.remove("field-notes");

        assertEquals("Field Notes", removal.title());
        assertTrue(Files.isDirectory(removal.trashFolder()));
        assertFalse(Files.exists(data.resolve("library/field-notes")));
        assertTrue(service().articles().isEmpty(), "a new service sees the removal too");
        assertEquals(List.of(removal), service().trash());

        Article restored = service().restore(service().lastRemoval("field-notes").orElseThrow());
        assertEquals(before, restored);
        assertEquals(List.of(before), service().articles());
        assertTrue(service().trash().isEmpty());
    }

    @Test
    void bundledAndUnknownArticlesCannotBeRemoved() {
        LibraryException bundled = assertThrows(LibraryException.class, () -> service().remove("bundled-article"));
        assertEquals("“bundled-article” is part of the bundled library and cannot be removed.", bundled.getMessage());
        LibraryException unknown = assertThrows(LibraryException.class, () -> service().remove("no-such-article"));
        assertEquals("No imported article has the id “no-such-article”.", unknown.getMessage());
    }

    @Test
    void restoringIsRefusedWhenTheIdWasTakenAgain() throws Exception {
        ImportService service = service();
        Path md = write("notes.md", NOTES_V1);
        service.importFile(md);
        Removal removal = service.remove("field-notes");
        assertEquals(ImportStatus.IMPORTED, service.importFile(md).status(), "a removed article is no duplicate");

        LibraryException e = assertThrows(LibraryException.class, () -> service.restore(removal));
        assertTrue(e.getMessage().contains("is in the library again"), e.getMessage());
    }

    @Test
    void anArticleOfOneParagraphAsLongAsTheSizeLimitAllowsIsReadBackAsWritten() throws Exception {
        // 20.9 million characters, one paragraph: longer than the strings Jackson reads by default.
        StringBuilder text = new StringBuilder(20_900_010);
        while (text.length() < 20_900_000) {
            text.append("word ");
        }
        Path file = write("long.txt", text.toString().strip());
        assertTrue(Files.size(file) <= ImportService.MAX_FILE_BYTES);
        assertEquals(ImportStatus.IMPORTED, service().importFile(file).status());

        ImportService reopened = service();
        assertEquals(1, reopened.articles().size());
        assertEquals(List.of(), reopened.problems());
        try (Stream<Path> folder = Files.list(data.resolve("library").resolve(reopened.articles().get(0).id()))) {
            assertTrue(folder.noneMatch(p -> p.getFileName().toString().contains("broken")), "nothing is set aside");
        }
    }

    @Test
    void aDamagedArticleFileIsSetAsideAndTheArticleReadAgainFromItsSource() throws Exception {
        service().importFile(write("notes.md", NOTES_V1));
        Article original = service().articles().get(0);
        Path articleFile = data.resolve("library/field-notes/article.json");
        Files.writeString(articleFile, "{\"id\": \"field-notes\", \"sections\": [ {broken");

        ImportService reopened = service();
        assertEquals(List.of(original), reopened.articles());
        assertTrue(reopened.problems().stream().anyMatch(p -> p.contains("read again from its source")), reopened.problems().toString());
        try (Stream<Path> aside = Files.list(articleFile.getParent())) {
            assertTrue(aside.anyMatch(p -> p.getFileName().toString().startsWith("article.json.broken-")));
        }
    }

    @Test
    void aDamagedMetadataFileIsSetAsideAndRebuiltFromTheSource() throws Exception {
        ImportService service = service();
        service.importFile(write("one.md", "# One\n\nText one.\n"));
        service.importFile(write("two.md", "# Two\n\nText two.\n"));
        Files.writeString(data.resolve("library/one/meta.json"), "not json");

        ImportService reopened = service();
        assertEquals(List.of("one", "two"), reopened.articles().stream().map(Article::id).toList());
        assertTrue(reopened.problems().get(0).startsWith("A damaged metadata file was set aside"), reopened.problems().toString());
        assertTrue(reopened.problems().get(1).contains("rebuilt from its source"), reopened.problems().toString());
    }
}
