package dev.gloss.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gloss.core.library.BundledLibrary;
import org.junit.jupiter.api.Test;

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
            assertEquals(List.of("id", "name", "sectionIds"), fieldNames(topic));
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
