package dev.gloss.core.topics;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TopicCatalogTest {

    @Test
    void theBundledCatalogHasDescribedTopics() {
        TopicCatalog catalog = TopicCatalog.bundled();
        assertEquals(1, catalog.version());
        assertTrue(catalog.topics().size() >= 8, "at least 8 topics: " + catalog.topics().size());
        for (Topic topic : catalog.topics()) {
            assertFalse(topic.description().isBlank(), topic.id());
            assertFalse(topic.description().contains("\n"), "one line: " + topic.id());
            assertTrue(topic.terms().size() >= 5, "enough terms to recognise " + topic.id());
        }
        for (String id : new String[] {"bone-health", "heart-and-arteries", "calcium-metabolism", "gut-and-brain",
                "skin", "food-sources", "forms-and-absorption", "safety-and-dosage"}) {
            assertTrue(catalog.topic(id).isPresent(), id);
        }
        assertEquals(Topic.GENERAL, catalog.withGeneral().get(catalog.withGeneral().size() - 1));
    }

    private static TopicCatalog read(String json) throws IOException {
        return TopicCatalog.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void ignoresUnknownFields() throws IOException {
        TopicCatalog catalog = read("{\"version\":2,\"colour\":\"red\",\"topics\":[{\"id\":\"a\",\"name\":\"A\","
                + "\"description\":\"d\",\"terms\":[\"x\"],\"icon\":\"star\"}]}");
        assertEquals(2, catalog.version());
        assertEquals("A", catalog.topic("a").orElseThrow().name());
    }

    @Test
    void rejectsInvalidCatalogsWithAReason() {
        assertEquals("invalid topics file: two topics share the id 'a'", assertThrows(IOException.class, () ->
                read("{\"topics\":[{\"id\":\"a\",\"name\":\"A\",\"description\":\"d\",\"terms\":[\"x\"]},"
                        + "{\"id\":\"a\",\"name\":\"B\",\"description\":\"d\",\"terms\":[\"y\"]}]}")).getMessage());
        assertTrue(assertThrows(IOException.class, () ->
                read("{\"topics\":[{\"id\":\"general\",\"name\":\"G\",\"description\":\"d\",\"terms\":[\"x\"]}]}"))
                .getMessage().contains("built in"));
        assertEquals("invalid topics file: a topic lacks its name", assertThrows(IOException.class, () ->
                read("{\"topics\":[{\"id\":\"a\",\"description\":\"d\",\"terms\":[\"x\"]}]}")).getMessage());
        assertTrue(assertThrows(IOException.class, () ->
                read("{\"topics\":[{\"id\":\"a\",\"name\":\"A\",\"description\":\"d\",\"terms\":[\"--\"]}]}"))
                .getMessage().contains("term without words"));
        assertTrue(assertThrows(IOException.class, () -> read("{\"topics\": [")).getMessage()
                .startsWith("invalid topics file"));
    }
}
