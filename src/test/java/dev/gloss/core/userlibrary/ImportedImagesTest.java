package dev.gloss.core.userlibrary;

import dev.gloss.core.model.Article;
import dev.gloss.core.model.ImageBlock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Images an imported file refers to are copied into its article's folder; remote ones never are. */
class ImportedImagesTest {
    @TempDir
    Path data;
    @TempDir
    Path files;

    private byte[] png() throws Exception {
        return ImportedImagesTest.class.getResourceAsStream("images/dot.png").readAllBytes();
    }

    private List<ImageBlock> images(Article a) {
        return a.sections().stream().flatMap(s -> s.blocks().stream())
                .filter(b -> b instanceof ImageBlock).map(b -> (ImageBlock) b).toList();
    }

    @Test
    void aRelativeImageIsKeptBesideTheArticleAndARemoteOneIsNot() throws Exception {
        Files.createDirectories(files.resolve("img"));
        Files.write(files.resolve("img/diagram one.png"), png());
        Path md = files.resolve("post.md");
        Files.writeString(md, "# Drawing diagrams\n\nThe layout first.\n\n![The layout](img/diagram%20one.png)\n\n"
                + "![A remote chart](https://example.com/chart.png)\n\nMore text after the images.\n");
        ImportService service = ImportService.open(data);
        FileResult result = service.importFile(md);
        assertEquals(ImportStatus.IMPORTED, result.status(), result.toString());

        Article a = service.article("drawing-diagrams").orElseThrow();
        List<ImageBlock> images = images(a);
        assertEquals(2, images.size(), a.toString());
        String src = images.get(0).src();
        assertTrue(src != null && src.startsWith("images/") && src.endsWith(".png"), String.valueOf(src));
        Optional<Path> kept = new LibraryStore(data, java.time.Clock.systemUTC()).asset("drawing-diagrams", src);
        assertArrayEquals(png(), Files.readAllBytes(kept.orElseThrow()));
        assertNull(images.get(1).src(), "a remote image is never fetched");
        assertEquals("A remote chart", images.get(1).alt());
    }

    @Test
    void anImageNoLongerReferredToIsDeletedWhenTheFileChanges() throws Exception {
        Files.write(files.resolve("a.png"), png());
        Path md = files.resolve("post.md");
        Files.writeString(md, "# Drawing diagrams\n\n![one](a.png)\n\nSome words.\n");
        ImportService service = ImportService.open(data);
        service.importFile(md);
        Path imagesDir = data.resolve("library/drawing-diagrams/images");
        assertEquals(1, Files.list(imagesDir).count());

        Files.writeString(md, "# Drawing diagrams\n\nNo picture now, only some words.\n");
        assertEquals(ImportStatus.UPDATED, service.importFile(md).status());
        assertTrue(!Files.exists(imagesDir) || Files.list(imagesDir).findAny().isEmpty(), "no image is kept");
    }

    @Test
    void aMissingOrUnreadableImageIsReportedAndItsAltTextStands() throws Exception {
        Files.writeString(files.resolve("fake.png"), "not an image at all");
        Path md = files.resolve("post.md");
        Files.writeString(md, "# Drawing diagrams\n\n![gone](missing.png)\n\n![fake](fake.png)\n\nWords.\n");
        FileResult result = ImportService.open(data).importFile(md);
        assertEquals(ImportStatus.IMPORTED, result.status());
        assertEquals(2, result.warnings().size(), result.warnings().toString());
        assertFalse(Files.exists(data.resolve("library/drawing-diagrams/images")) 
                && Files.list(data.resolve("library/drawing-diagrams/images")).findAny().isPresent());
    }

    @Test
    void anAssetNameCannotLeaveTheArticlesFolder() throws Exception {
        LibraryStore store = new LibraryStore(data, java.time.Clock.systemUTC());
        Files.createDirectories(data.resolve("library/a/images"));
        Files.writeString(data.resolve("library/secret.txt"), "x");
        assertTrue(store.asset("a", "images/../../secret.txt").isEmpty());
        assertTrue(store.asset("../library", "images/x.png").isEmpty());
    }
}
