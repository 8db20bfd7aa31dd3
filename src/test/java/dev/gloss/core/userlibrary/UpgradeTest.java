package dev.gloss.core.userlibrary;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gloss.core.bookmarks.AnchorState;
import dev.gloss.core.bookmarks.BookmarkStore;
import dev.gloss.core.bookmarks.ResolvedBookmark;
import dev.gloss.core.library.Library;
import dev.gloss.core.model.Article;
import dev.gloss.core.model.CodeBlock;
import dev.gloss.core.model.Section;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A data folder written by the version before the richer content model (v1-data: a Markdown guide,
 * a plain-text note and a saved page imported, two bookmarks added, by that version's command line)
 * opens after the upgrade: each article read again from its kept source, ids kept, bookmarks attached.
 */
class UpgradeTest {
    @TempDir
    Path data;

    private void copyFixture() throws IOException, URISyntaxException {
        Path fixture = Path.of(UpgradeTest.class.getResource("v1-data").toURI());
        try (Stream<Path> files = Files.walk(fixture)) {
            for (Path p : files.toList()) {
                Path target = data.resolve(fixture.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    @Test
    void articlesOfTheEarlierVersionAreReadAgainFromTheirSources() throws Exception {
        copyFixture();
        UserLibrary.Loaded loaded = UserLibrary.load(data);
        Library library = loaded.library();
        assertTrue(loaded.problems().isEmpty(), loaded.problems().toString());

        Article guide = library.article("setting-up-the-build").orElseThrow();
        Map<String, Section> byId = guide.sections().stream().collect(Collectors.toMap(Section::id, s -> s));
        // The ids the earlier version gave are all still there; H3s are now subsections.
        for (String id : List.of("setting-up-the-build/introduction", "setting-up-the-build/installing",
                "setting-up-the-build/on-linux", "setting-up-the-build/on-macos", "setting-up-the-build/checking")) {
            assertTrue(byId.containsKey(id), id + " in " + byId.keySet());
        }
        assertEquals("setting-up-the-build/installing", byId.get("setting-up-the-build/on-linux").parentId());
        assertEquals(3, byId.get("setting-up-the-build/on-linux").level());
        assertTrue(byId.get("setting-up-the-build/installing").blocks().stream()
                .anyMatch(b -> b instanceof CodeBlock c && c.text().equals("./install.sh --prefix ~/.local")),
                "the fenced code is a code block now");

        assertTrue(library.article("field-notes-on-river-birds").isPresent());
        assertTrue(library.article("bread-at-home").isPresent());

        JsonNode stored = new ObjectMapper().readTree(
                data.resolve("library/setting-up-the-build/article.json").toFile());
        assertEquals(ArticleJson.CURRENT_VERSION, stored.get("version").asInt(), "article.json is written anew");
    }

    @Test
    void bookmarksOfTheEarlierVersionStayAttached() throws Exception {
        copyFixture();
        Library library = UserLibrary.load(data).library();
        try (BookmarkStore store = BookmarkStore.open(data)) {
            List<ResolvedBookmark> resolved = store.resolve(library);
            assertEquals(2, resolved.size());
            for (ResolvedBookmark r : resolved) {
                assertEquals(AnchorState.ATTACHED, r.state(), r.bookmark().toString());
            }
            ResolvedBookmark passage = resolved.stream().filter(r -> r.passage().isPresent()).findFirst().orElseThrow();
            Section mixing = passage.section().orElseThrow();
            assertEquals("bread-at-home/mixing", mixing.id());
            assertEquals("let them stand for half an hour",
                    mixing.plainText().substring(passage.passage().get().start(), passage.passage().get().end()));
        }
    }

    @Test
    void aSecondStartReadsTheUpgradedFilesWithoutReadingTheSourcesAgain() throws Exception {
        copyFixture();
        UserLibrary.load(data);
        Path json = data.resolve("library/setting-up-the-build/article.json");
        var written = Files.getLastModifiedTime(json);
        Library again = UserLibrary.load(data).library();
        assertEquals(written, Files.getLastModifiedTime(json));
        assertTrue(again.section("setting-up-the-build/on-macos").isPresent());
    }
}
