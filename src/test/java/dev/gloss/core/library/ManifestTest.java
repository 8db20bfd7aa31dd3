package dev.gloss.core.library;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ManifestTest {
    private static Manifest read(String json) throws IOException {
        return Manifest.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsTheArticlesInOrderAndSkipsWhatItDoesNotKnow() throws IOException {
        Manifest m = read("""
                {"version": 2, "extra": {"nested": [1, {"a": "b"}]}, "name": "Field notes",
                 "articles": [
                   {"id": "tides", "file": "tides.txt", "format": "text", "source": "s1", "summary": "Why tides",
                    "added": {"by": "someone"}, "tags": ["sea"]},
                   {"id": "knots", "file": "knots.md"}
                 ]}
                """);
        assertEquals(2, m.version());
        assertEquals("Field notes", m.name());
        assertEquals(2, m.articles().size());
        assertEquals(new Manifest.Entry("tides", "tides.txt", "text", "s1", "Why tides"), m.articles().get(0));
        assertEquals(new Manifest.Entry("knots", "knots.md", null, null, null), m.articles().get(1));
    }

    @Test
    void theBundledManifestListsItsFiveArticles() {
        assertEquals(5, BundledLibrary.manifest().articles().size());
        assertEquals(BundledLibrary.manifest().articles().stream().map(Manifest.Entry::id).toList(),
                BundledLibrary.load().articles().stream().map(a -> a.id()).toList());
        assertEquals(BundledLibrary.stamps().keySet(), new java.util.HashSet<>(BundledLibrary.load().stamps().keySet()));
    }

    @Test
    void aBrokenManifestIsAnError() {
        assertThrows(IOException.class, () -> read("[1, 2]"));
        assertThrows(IOException.class, () -> read("{\"articles\": {\"id\": \"x\"}}"));
        assertThrows(IOException.class, () -> read("{\"version\": 1, \"articles\": [{\"id\": "));
    }
}
