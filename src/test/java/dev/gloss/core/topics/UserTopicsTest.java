package dev.gloss.core.topics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gloss.core.library.Library;
import dev.gloss.core.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UserTopicsTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);
    @TempDir
    Path dir;
    private final Library library = DocsFixture.withBundled(DocsFixture.pages());

    private TopicService service() {
        return TopicService.open(dir, CLOCK);
    }

    @Test
    void aTopicOfYourOwnIsMadeRenamedDescribedFilledAndDeleted() throws IOException {
        TopicService service = service();
        TopicIndex made = service.create(library, "Reading list", null);
        Topic mine = TopicService.resolve(made, "reading list").orElseThrow();
        assertEquals("u-reading-list", mine.id());
        assertEquals(TopicSource.USER, mine.source());
        assertEquals(0, made.count(mine.id()));
        service.include(library, mine.id(), "tls/certificate-renewal", true);
        service.include(library, "Reading list", "routing/routes", true);
        TopicIndex renamed = service.rename(library, mine.id(), "To read");
        service.describe(library, "To read", "Sections I mean to come back to.");
        // A restart reads it all back from topics-user.json.
        TopicIndex reread = service().index(library);
        Topic back = reread.topic("u-reading-list").orElseThrow();
        assertEquals("To read", back.name());
        assertEquals("Sections I mean to come back to.", back.description());
        assertEquals(List.of("routing/routes", "tls/certificate-renewal"), reread.sectionIds(back.id()));
        assertEquals(back, reread.topicsOf("routing/routes").get(0), "the reader's own topic is the first chip");
        assertEquals(List.of("routing/routes", "tls/certificate-renewal"), renamed.sectionIds(back.id()));
        service.include(library, back.id(), "routing/routes", false);
        assertEquals(List.of("tls/certificate-renewal"), service().index(library).sectionIds(back.id()));
        TopicIndex deleted = service.delete(library, back.id());
        assertTrue(deleted.topic(back.id()).isEmpty());
    }

    @Test
    void aDeletedTopicOfYourOwnLeavesADatedTombstoneSoASyncedCopyCannotBringItBack() throws IOException {
        UserTopics topics = new UserTopics(dir, CLOCK);
        topics.change(e -> e.own("u-later", "Later", "", null));
        topics.change(e -> e.removeOwn("u-later"));
        com.fasterxml.jackson.databind.JsonNode root = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(java.nio.file.Files.readAllBytes(topics.file()));
        assertTrue(root.toString().contains("\"deleted\""), root.toString());
        boolean tombstone = false;
        for (com.fasterxml.jackson.databind.JsonNode d : root.path("deleted")) {
            tombstone |= d.path("id").asText().equals("u-later") && !d.path("at").asText().isEmpty();
        }
        assertTrue(tombstone, "a dated tombstone for u-later in " + root);
    }

    @Test
    void aSavedSearchStaysCurrentAsTheLibraryChanges() throws IOException {
        TopicService service = service();
        TopicIndex index = service.create(library, "About certificates", "certificate");
        Topic saved = TopicService.resolve(index, "About certificates").orElseThrow();
        assertTrue(index.sectionIds(saved.id()).contains("tls/certificate-renewal"));
        assertFalse(index.sectionIds(saved.id()).contains("routing/routes"));
        int before = index.count(saved.id());
        List<Article> more = new ArrayList<>(DocsFixture.pages());
        more.add(DocsFixture.article("renewals", "Renewals", "Renew each certificate before it expires."));
        TopicIndex grown = service.index(DocsFixture.withBundled(more));
        assertEquals(before + 1, grown.count(saved.id()));
        assertTrue(grown.sectionIds(saved.id()).contains("renewals/s0"));
        assertTrue(service.create(library, "Phrase", "\"private key file\"").sectionIds("u-phrase").contains("tls/certificates-and-keys"));
    }

    @Test
    void otherTopicsAreRenamedMergedAndHidden() throws IOException {
        TopicService service = service();
        TopicIndex index = service.index(library);
        Topic handlers = TopicService.resolve(index, "Handlers").orElseThrow();
        Topic middleware = TopicService.resolve(index, "middleware").orElseThrow();
        List<String> union = new ArrayList<>(index.sectionIds(handlers.id()));
        index.sectionIds(middleware.id()).stream().filter(id -> !union.contains(id)).forEach(union::add);
        TopicIndex merged = service.merge(library, middleware.id(), handlers.id());
        assertTrue(merged.topic(middleware.id()).isEmpty());
        assertEquals(union.size(), merged.count(handlers.id()));
        TopicIndex renamed = service.rename(library, handlers.id(), "Request handling");
        assertEquals("Request handling", renamed.topic(handlers.id()).orElseThrow().name());
        assertEquals(TopicSource.TAGS, renamed.topic(handlers.id()).orElseThrow().source());
        TopicIndex hidden = service.delete(library, "bone-health");
        assertTrue(hidden.topic("bone-health").isEmpty());
        assertFalse(hidden.topicsOf("vitamin-k2-and-osteoporosis/fractures-and-osteocalcin").isEmpty());
        assertThrows(IllegalArgumentException.class, () -> service.rename(library, "general", "Other"));
        assertThrows(IllegalArgumentException.class, () -> service.create(library, "request handling", null));
        assertThrows(IllegalArgumentException.class, () -> service.include(library, "Request handling", "no/such", true));
        assertThrows(IllegalArgumentException.class, () -> service.merge(library, "skin", "skin"));
    }

    @Test
    void theFileKeepsFieldsOfANewerVersionAndIsWrittenWhole() throws IOException {
        Files.writeString(dir.resolve(UserTopics.FILE_NAME), "{\"version\": 1, \"colour\": \"teal\", \"topics\": "
                + "[{\"id\": \"u-x\", \"name\": \"X\", \"pinned\": true}], \"changes\": []}");
        service().include(library, "u-x", "routing/routes", true);
        JsonNode written = new ObjectMapper().readTree(dir.resolve(UserTopics.FILE_NAME).toFile());
        assertEquals("teal", written.get("colour").asText());
        assertTrue(written.get("topics").get(0).get("pinned").asBoolean());
        assertEquals("routing/routes", written.get("topics").get(0).get("added").get(0).asText());
        assertTrue(Files.exists(dir.resolve(UserTopics.FILE_NAME + ".bak")), "the save before is kept");
    }

    @Test
    void aBrokenFileIsKeptAsideAndTheSaveBeforeRead() throws IOException {
        TopicService service = service();
        service.create(library, "First", null);
        service.create(library, "Second", null);
        Path file = dir.resolve(UserTopics.FILE_NAME);
        Files.writeString(file, "{\"version\": 1, \"topics\": [", StandardCharsets.UTF_8);
        TopicService restarted = service();
        TopicIndex index = restarted.index(library);
        assertTrue(restarted.warning().orElseThrow().contains("could not be read"), restarted.warning().toString());
        assertTrue(Files.exists(dir.resolve(UserTopics.FILE_NAME + ".broken-20260301-100000-000")));
        assertTrue(index.topic("u-first").isPresent(), "the save before had the first topic");
    }

    @Test
    void aFileOfANewerGlossIsReadButNotSavedOver() throws IOException {
        Path file = dir.resolve(UserTopics.FILE_NAME);
        String newer = "{\"version\": 9, \"topics\": [{\"id\": \"u-y\", \"name\": \"Y\"}], \"changes\": []}";
        Files.writeString(file, newer);
        TopicService service = service();
        assertTrue(service.index(library).topic("u-y").isPresent());
        assertThrows(IOException.class, () -> service.create(library, "Z", null));
        assertEquals(newer, Files.readString(file));
    }
}
