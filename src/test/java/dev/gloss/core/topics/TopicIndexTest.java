package dev.gloss.core.topics;

import dev.gloss.core.library.Library;
import dev.gloss.core.model.Article;
import dev.gloss.core.model.Paragraph;
import dev.gloss.core.model.Section;
import dev.gloss.core.model.TitleKind;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TopicIndexTest {
    private static final Topic BONES = new Topic("bones", "Bones", "Bone.", List.of("bone", "fracture"));
    private static final Topic SKIN = new Topic("skin", "Skin", "Skin.", List.of("skin", "eczema"));
    private static final Topic UNUSED = new Topic("unused", "Unused", "Nothing.", List.of("zeppelin"));
    private final TopicTagger tagger = new TopicTagger(new TopicCatalog(1, List.of(BONES, SKIN, UNUSED)));

    private static Section section(String id, String text) {
        return new Section(id, id, TitleKind.HEADING, List.of(Paragraph.of(text)));
    }

    private static Article article(String id, Section... sections) {
        return new Article(id, id, List.of(sections), new Article.Origin(id + ".txt", "text"));
    }

    private final Library library = new Library(List.of(
            article("b", section("b/one", "Skin and eczema."), section("b/two", "Bone and fracture."),
                    section("b/three", "Nothing to see here at all.")),
            article("a", section("a/one", "Bone fracture, and skin eczema."), section("a/two", "Skin, eczema."))));
    private final TopicIndex index = TopicIndex.of(library, tagger);

    @Test
    void aChangedLibraryKeepsTheTagsOfItsUnchangedArticlesAndTagsTheRest() {
        Article updated = article("a", section("a/one", "Bone and fracture only."), section("a/two", "Skin, eczema."));
        Article added = article("c", section("c/one", "Eczema of the skin."));
        Library changed = new Library(List.of(library.articles().get(0), updated, added));
        TopicIndex incremental = TopicIndex.of(changed, tagger, library, index);
        TopicIndex fresh = TopicIndex.of(changed, tagger);
        for (Topic topic : fresh.topics()) {
            assertEquals(fresh.sectionIds(topic.id()), incremental.sectionIds(topic.id()), topic.id());
        }
        for (String id : List.of("b/one", "b/two", "b/three", "a/one", "a/two", "c/one")) {
            assertEquals(fresh.tagsOf(id), incremental.tagsOf(id), id);
        }
        // The unchanged article's tags are the very lists computed before; the updated one's are new.
        assertSame(index.layers().curated().get("b/one"), incremental.layers().curated().get("b/one"));
        assertNotSame(index.layers().curated().get("a/two"), incremental.layers().curated().get("a/two"));
        assertEquals(List.of("b/one", "a/two", "c/one"), incremental.sectionIds("skin"));
    }

    @Test
    void listsATopicsSectionsInLibraryOrder() {
        assertEquals(List.of("b/one", "a/one", "a/two"), index.sectionIds("skin"));
        assertEquals(List.of("b/two", "a/one"), index.sectionIds("bones"));
        assertEquals(List.of("b/three"), index.sectionIds(Topic.GENERAL_ID));
    }

    @Test
    void countsEveryTopicAndListsGeneralLast() {
        assertEquals(List.of(BONES, SKIN, UNUSED, Topic.GENERAL), index.topics());
        assertEquals(3, index.count("skin"));
        assertEquals(0, index.count("unused"));
        assertEquals(0, index.count("no-such-topic"));
        assertTrue(index.sectionIds("no-such-topic").isEmpty());
    }

    @Test
    void givesASectionsTopicsBothWays() {
        assertEquals(List.of(SKIN), index.topicsOf("b/one"));
        assertEquals(2, index.topicsOf("a/one").size());
        assertEquals(List.of(Topic.GENERAL), index.topicsOf("b/three"));
        assertTrue(index.topicsOf("x/none").isEmpty());
        for (Topic topic : index.topics()) {
            for (String sectionId : index.sectionIds(topic.id())) {
                assertTrue(index.topicsOf(sectionId).contains(topic));
            }
        }
    }

    @Test
    void findsTopicsById() {
        assertEquals(SKIN, index.topic("skin").orElseThrow());
        assertEquals(Topic.GENERAL, index.topic("general").orElseThrow());
        assertTrue(index.topic("nope").isEmpty());
    }
}
