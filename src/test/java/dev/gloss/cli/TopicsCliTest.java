package dev.gloss.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gloss.core.library.BundledLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TopicsCliTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return GlossCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void topicsJsonListsEveryTopicWithItsSections() throws Exception {
        assertEquals(0, run("topics", "--json"));
        JsonNode topics = new ObjectMapper().readTree(out.toString());
        assertTrue(topics.isArray() && topics.size() >= 9, "8 topics and General: " + topics.size());
        Set<String> tagged = new HashSet<>();
        for (JsonNode topic : topics) {
            assertEquals(List.of("id", "name", "source", "description", "sectionIds"), fieldNames(topic));
            assertEquals("bundled", topic.get("source").asText());
            assertFalse(topic.get("description").asText().isBlank());
            topic.get("sectionIds").forEach(id -> tagged.add(id.asText()));
        }
        assertEquals("general", topics.get(topics.size() - 1).get("id").asText());
        JsonNode skin = find(topics, "skin");
        assertEquals("Skin", skin.get("name").asText());
        assertTrue(skin.get("sectionIds").toString().contains("vitamin-k2-and-skin-conditions/the-role-of-vitamin-k2-in-skin-health"));
        int sections = BundledLibrary.load().articles().stream().mapToInt(a -> a.sections().size()).sum();
        assertEquals(sections, tagged.size(), "every section of the library is under some topic");
    }

    @Test
    void topicsTextNamesEachTopicWithItsCount() {
        assertEquals(0, run("topics"));
        assertTrue(out.toString().contains("Gut and brain (7 sections)  [gut-and-brain]"), out.toString());
        assertTrue(out.toString().contains("General (1 section)  [general]"), out.toString());
    }

    @Test
    void importedDocsGetTopicsFromTheirTagsAndTheirWordsButNoVitaminTopics(@TempDir Path data) throws Exception {
        Path docs = Path.of(TopicsCliTest.class.getResource("/dev/gloss/core/topics/docs/guide").toURI());
        Path reference = docs.resolveSibling("reference");
        assertEquals(0, run("--data-dir", data.toString(), "import", docs.toString(), reference.toString()), err.toString());
        out.getBuffer().setLength(0);
        assertEquals(0, run("--data-dir", data.toString(), "topics", "--json"), err.toString());
        JsonNode topics = new ObjectMapper().readTree(out.toString());
        Set<String> sources = new HashSet<>();
        Set<String> imported = new HashSet<>();
        for (JsonNode topic : topics) {
            sources.add(topic.get("source").asText());
            if (topic.get("source").asText().equals("bundled") && !topic.get("id").asText().equals("general")) {
                topic.get("sectionIds").forEach(id -> assertTrue(id.asText().startsWith("vitamin-k2"), topic.get("id") + " " + id));
            }
            if (!topic.get("source").asText().equals("bundled")) {
                topic.get("sectionIds").forEach(id -> imported.add(id.asText()));
            }
        }
        assertEquals(Set.of("bundled", "tags", "discovered"), sources);
        assertTrue(imported.contains("thread-safety/shared-state"), imported.toString());
        assertTrue(Files.isRegularFile(data.resolve("topics-discovered.json")));
    }

    @Test
    void yourTopicsAreMadeChangedAndDeletedFromTheCommandLine(@TempDir Path data) throws Exception {
        String dir = data.toString();
        assertEquals(0, run("--data-dir", dir, "topics", "create", "Calcium in arteries", "--query", "arterial calcification"),
                err.toString());
        assertTrue(out.toString().contains("made Calcium in arteries [u-calcium-in-arteries]"), out.toString());
        assertEquals(0, run("--data-dir", dir, "topics", "add", "u-calcium-in-arteries",
                "vitamin-k2-and-osteoporosis/fractures-and-osteocalcin"), err.toString());
        assertEquals(0, run("--data-dir", dir, "topics", "rename", "Calcium in arteries", "Arterial calcium"), err.toString());
        out.getBuffer().setLength(0);
        assertEquals(0, run("--data-dir", dir, "topics", "--json"));
        JsonNode mine = find(new ObjectMapper().readTree(out.toString()), "u-calcium-in-arteries");
        assertEquals("Arterial calcium", mine.get("name").asText());
        assertEquals("user", mine.get("source").asText());
        List<String> ids = new ArrayList<>();
        mine.get("sectionIds").forEach(id -> ids.add(id.asText()));
        assertTrue(ids.contains("vitamin-k2-and-osteoporosis/fractures-and-osteocalcin"), ids.toString());
        assertTrue(ids.size() > 1, "the saved search finds sections too: " + ids);
        assertEquals(0, run("--data-dir", dir, "topics", "remove", "Arterial calcium",
                "vitamin-k2-and-osteoporosis/fractures-and-osteocalcin"), err.toString());
        assertEquals(0, run("--data-dir", dir, "topics", "delete", "u-calcium-in-arteries"), err.toString());
        out.getBuffer().setLength(0);
        assertEquals(0, run("--data-dir", dir, "topics", "--json"));
        assertFalse(out.toString().contains("u-calcium-in-arteries"));
        assertTrue(Files.isRegularFile(data.resolve("topics-user.json")));
    }

    @Test
    void badTopicCommandsSayWhyInOneLine(@TempDir Path data) {
        String dir = data.toString();
        assertEquals(1, run("--data-dir", dir, "topics", "add", "no-such-topic", "x/y"));
        assertEquals("gloss: there is no topic 'no-such-topic'", err.toString().strip());
        err.getBuffer().setLength(0);
        assertEquals(1, run("--data-dir", dir, "topics", "add", "skin", "x/y"));
        assertEquals("gloss: there is no section with the id 'x/y'", err.toString().strip());
        err.getBuffer().setLength(0);
        assertEquals(1, run("--data-dir", dir, "topics", "create", "  "));
        assertEquals("gloss: a topic needs a name", err.toString().strip());
        err.getBuffer().setLength(0);
        assertEquals(1, run("--data-dir", dir, "topics", "rename", "skin", "Bone health"));
        assertTrue(err.toString().startsWith("gloss: there is already a topic named 'Bone health'"), err.toString());
        assertEquals(2, run("--data-dir", dir, "topics", "remove", "skin"));
    }

    @Test
    void showJsonGivesEachSectionItsTopics() throws Exception {
        assertEquals(0, run("show", "vitamin-k2-and-osteoporosis", "--json"));
        JsonNode sections = new ObjectMapper().readTree(out.toString()).get("sections");
        assertFalse(sections.isEmpty());
        for (JsonNode section : sections) {
            assertTrue(section.get("topics").isArray() && !section.get("topics").isEmpty(), section.toString());
        }
        JsonNode fractures = sections.get(2);
        assertEquals("vitamin-k2-and-osteoporosis/fractures-and-osteocalcin", fractures.get("id").asText());
        assertEquals("bone-health", fractures.get("topics").get(0).asText());
    }

    @Test
    void showOfAnUnknownArticleIsOneLine() {
        assertEquals(1, run("show", "nope", "--json"));
        assertEquals("gloss: no article with the id 'nope'; `gloss articles` lists them", err.toString().strip());
    }

    private static JsonNode find(JsonNode topics, String id) {
        for (JsonNode topic : topics) {
            if (topic.get("id").asText().equals(id)) {
                return topic;
            }
        }
        throw new AssertionError("no topic " + id);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
