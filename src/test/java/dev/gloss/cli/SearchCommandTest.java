package dev.gloss.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SearchCommandTest {

    record Run(int exitCode, String out, String err) {
    }

    static Run gloss(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = GlossCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void printsJsonHitsWithMarkedSnippets() throws Exception {
        Run run = gloss("search", "osteocalcin", "--limit", "3", "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode hits = new ObjectMapper().readTree(run.out());
        assertEquals(3, hits.size());
        JsonNode first = hits.get(0);
        List<String> keys = iterable(first);
        assertEquals(List.of("articleId", "sectionId", "sectionTitle", "score", "snippet", "exact", "published"), keys);
        assertTrue(first.get("exact").asBoolean());
        assertEquals("vitamin-k2-and-osteoporosis/fractures-and-osteocalcin", first.get("sectionId").asText());
        assertTrue(first.get("snippet").asText().contains("«osteocalcin»"));
        assertTrue(first.get("score").asDouble() > 0);
    }

    private static List<String> iterable(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void nothingFoundIsAnEmptyArrayAndSuccess() throws Exception {
        Run run = gloss("search", "zzqqxxvv", "--json");
        assertEquals(0, run.exitCode());
        assertEquals(0, new ObjectMapper().readTree(run.out()).size());
        assertTrue(run.out().strip().matches("\\[\\s*]"), run.out());
    }

    @Test
    void severalArgumentsAreOneQueryAndOddTextIsFine() {
        Run run = gloss("search", "gut", "brain");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().startsWith("1. How Vitamin K2 Supports Mental Health"), run.out());
        for (String odd : new String[] {"(", "\"", "*", "AND", "title:", "\\"}) {
            Run r = gloss("search", odd, "--json");
            assertEquals(0, r.exitCode(), odd + ": " + r.err());
            assertEquals("", r.err());
        }
    }

    @Test
    void aPhrasesLooserMatchesComeUnderADivider() {
        Run run = gloss("search", "\"bone health\"", "--limit", "20", "--whole-words");
        assertEquals(0, run.exitCode(), run.err());
        String out = run.out();
        int divider = out.indexOf("-- Looser matches: the words, not the exact phrase:");
        assertTrue(divider > 0, out);
        String exact = out.substring(0, divider).toLowerCase(java.util.Locale.ROOT);
        assertTrue(exact.contains("«bone health»"), exact);
    }

    @Test
    void refinementsOrderAndRelatedReading() throws Exception {
        Run titled = gloss("search", "title:osteocalcin", "--json");
        assertEquals(0, titled.exitCode(), titled.err());
        JsonNode hits = new ObjectMapper().readTree(titled.out());
        assertTrue(hits.size() > 0);
        hits.forEach(h -> assertTrue((h.get("sectionTitle").asText() + h.get("sectionId").asText())
                .toLowerCase(java.util.Locale.ROOT).contains("osteocalcin"), h.toString()));
        Run newest = gloss("search", "calcium", "--order", "newest", "--json");
        assertEquals(0, newest.exitCode(), newest.err());
        assertEquals(2, gloss("search", "calcium", "--order", "sideways").exitCode());
        Run related = gloss("search", "--related", "vitamin-k2-and-osteoporosis/fractures-and-osteocalcin", "--json");
        assertEquals(0, related.exitCode(), related.err());
        JsonNode like = new ObjectMapper().readTree(related.out());
        assertTrue(like.size() > 0);
        like.forEach(h -> assertTrue(!h.get("articleId").asText().equals("vitamin-k2-and-osteoporosis"), h.toString()));
        Run unknown = gloss("search", "--related", "nope/nothing");
        assertEquals(1, unknown.exitCode());
        assertTrue(unknown.err().contains("no section with the id 'nope/nothing'"), unknown.err());
        assertEquals(2, gloss("search").exitCode(), "no words and no --related");
    }

    @Test
    void suggestsACorrectionInText() {
        Run run = gloss("search", "osteocalsin", "--limit", "1");
        assertTrue(run.out().startsWith("Did you mean: osteocalcin?"), run.out());
    }

    @Test
    void anArticleScopeKeepsToTheArticle() throws Exception {
        Run run = gloss("search", "calcium", "--scope", "article:vitamin-k2-and-skin-conditions", "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode hits = new ObjectMapper().readTree(run.out());
        assertTrue(hits.size() > 0);
        hits.forEach(h -> assertEquals("vitamin-k2-and-skin-conditions", h.get("articleId").asText()));
    }

    @Test
    void aTopicScopeKeepsToThatTopicsSections() throws Exception {
        Run run = gloss("search", "eczema", "--scope", "topic:skin", "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode hits = new ObjectMapper().readTree(run.out());
        assertTrue(hits.size() > 0);
        java.util.Set<String> skin = java.util.Set.copyOf(dev.gloss.core.topics.TopicIndex.of(
                dev.gloss.core.library.BundledLibrary.load()).sectionIds("skin"));
        hits.forEach(h -> assertTrue(skin.contains(h.get("sectionId").asText()), h.toString()));
    }

    @Test
    void badScopesAndLimitsAreOneLineErrors() {
        Run topic = gloss("search", "calcium", "--scope", "topic:bones");
        assertEquals(1, topic.exitCode());
        assertTrue(topic.err().startsWith("gloss: no topic with the id 'bones'"), topic.err());
        assertEquals(1, topic.err().strip().lines().count());
        Run article = gloss("search", "calcium", "--scope", "article:nope");
        assertEquals(1, article.exitCode());
        assertTrue(article.err().contains("no article with the id 'nope'"));
        assertEquals(2, gloss("search", "calcium", "--scope", "shelf").exitCode());
        Run limit = gloss("search", "calcium", "--limit", "0");
        assertEquals(2, limit.exitCode());
        assertEquals("gloss: --limit must be between 1 and 1000, not 0", limit.err().strip());
    }
}
