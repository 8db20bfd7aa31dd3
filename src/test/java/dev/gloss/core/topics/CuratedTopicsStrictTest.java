package dev.gloss.core.topics;

import dev.gloss.core.library.BundledLibrary;
import dev.gloss.core.library.Library;
import dev.gloss.core.model.Article;
import dev.gloss.core.model.Paragraph;
import dev.gloss.core.model.Section;
import dev.gloss.core.model.TitleKind;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bundled vitamin topics apply only where they match strongly. */
class CuratedTopicsStrictTest {
    private final TopicTagger strict = TopicTagger.strict(TopicCatalog.bundled());

    @Test
    void aProgrammingDocumentationSetGetsNoCuratedTopic() {
        for (Article page : DocsFixture.pages()) {
            for (List<TopicScore> tags : strict.tag(page)) {
                assertEquals(List.of(Topic.GENERAL), tags.stream().map(TopicScore::topic).toList(), page.id());
            }
        }
    }

    @Test
    void threadSafetyNeverEarnsSafetyAndDosage() {
        Section s = new Section("a/thread-safety", "Thread-safety and memory safety", TitleKind.HEADING, List.of(
                Paragraph.of("Thread-safety of a handler: it is safe to call from many threads. URL-safety of the "
                        + "encoder. Memory safety is guaranteed; the dose of locking is a label on each method, and "
                        + "approved patterns interfere with nothing. Safety first, safe code, safe threads.")));
        Article a = new Article("a", "Concurrency", List.of(s), new Article.Origin("a.md", "markdown"));
        assertEquals(List.of(Topic.GENERAL), strict.tag(a).get(0).stream().map(TopicScore::topic).toList());
        // The same words in an article about supplements earn it.
        Section dosage = new Section("b/dosage", "Safety and dosage", TitleKind.HEADING, List.of(Paragraph.of(
                "The safety of vitamin K2 supplements: the dose studied was 180 micrograms, and patients on "
                        + "anticoagulant medications should ask before taking a supplement.")));
        Article b = new Article("b", "Vitamin K2 supplements", List.of(dosage), new Article.Origin("b.txt", "text"));
        assertTrue(strict.tag(b).get(0).stream().anyMatch(t -> t.topic().id().equals("safety-and-dosage")));
    }

    @Test
    void anIncidentalWordInACompoundDoesNotCount() {
        Section s = new Section("a/skeleton", "Project skeleton", TitleKind.HEADING, List.of(Paragraph.of(
                "The project-skeleton generator writes a skeleton of folders; a vitamin-free skin-theme and the "
                        + "bone-dry defaults of the calcium-less diet plan of this nutrient-tracking app.")));
        Article a = new Article("a", "A nutrition tracking app: vitamin and nutrient logs", List.of(s),
                new Article.Origin("a.md", "markdown"));
        List<TopicScore> tags = strict.tag(a).get(0);
        assertFalse(tags.stream().anyMatch(t -> t.topic().id().equals("bone-health")), tags.toString());
        assertFalse(tags.stream().anyMatch(t -> t.topic().id().equals("skin")), tags.toString());
    }

    @Test
    void theBundledLibraryKeepsItsCuratedTopics() {
        Library bundled = BundledLibrary.load();
        TopicIndex index = TopicService.inMemory().index(bundled);
        for (Topic t : TopicCatalog.bundled().topics()) {
            assertTrue(index.count(t.id()) >= 2, t.id() + ": " + index.count(t.id()));
        }
        assertEquals(1, index.count(Topic.GENERAL_ID), "only the untitled introduction");
        assertTrue(index.topicsOf("vitamin-k2-and-skin-conditions/the-role-of-vitamin-k2-in-skin-health").stream()
                .anyMatch(t -> t.id().equals("skin")));
        assertTrue(index.topics().stream().noneMatch(t -> t.source() == TopicSource.DISCOVERED),
                "the bundled articles have curated topics, nothing is discovered in them");
    }
}
