package dev.gloss.core.topics;

import dev.gloss.core.model.Paragraph;
import dev.gloss.core.model.Section;
import dev.gloss.core.model.TitleKind;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TopicTaggerTest {
    private static final Topic ARTERIES = new Topic("arteries", "Arteries", "Blood vessels.",
            List.of("calcification", "blood vessel"));
    private static final Topic BONES = new Topic("bones", "Bones", "Bone.", List.of("bone", "fracture"));
    private static final Topic FOOD = new Topic("food", "Food", "Food.", List.of("natto", "cheese"));
    private static final Topic SKIN = new Topic("skin", "Skin", "Skin.", List.of("skin", "eczema"));
    private final TopicTagger tagger = new TopicTagger(new TopicCatalog(1, List.of(ARTERIES, BONES, FOOD, SKIN)));

    private static Section section(String title, String text) {
        return new Section("a/s", title, title.isEmpty() ? TitleKind.NONE : TitleKind.HEADING,
                List.of(Paragraph.of(text)));
    }

    private double score(Topic topic, Section section) {
        return tagger.scores(section).stream().filter(s -> s.topic().equals(topic))
                .mapToDouble(TopicScore::score).findFirst().orElse(0);
    }

    @Test
    void inflectedFormsOfATermCount() {
        Section verbs = section("", "Arteries calcified over years; tissue calcifies.");
        Section nouns = section("", "Arterial calcification over years; tissue calcification.");
        assertEquals(List.of(ARTERIES), topics(verbs));
        assertEquals(score(ARTERIES, nouns), score(ARTERIES, verbs), 1e-9);
    }

    @Test
    void aMultiWordTermMatchesOnlyAsAPhrase() {
        assertTrue(score(ARTERIES, section("", "Calcium settles in blood vessels and in the blood vessel walls.")) > 0);
        assertEquals(0, score(ARTERIES, section("", "The blood of a vessel; vessels carry blood.")));
    }

    @Test
    void aLongerSectionNeedsMoreMentionsForTheSameScore() {
        String filler = " The text goes on about other things entirely.".repeat(20);
        Section shortOne = section("", "Bones and fractures. Bones again.");
        Section longOne = section("", "Bones and fractures. Bones again." + filler);
        assertTrue(score(BONES, shortOne) > score(BONES, longOne));
        assertTrue(score(BONES, longOne) > 0);
    }

    @Test
    void repeatingOneTermSaturates() {
        double once = score(BONES, section("", "bone"));
        double tenTimes = score(BONES, section("", "bone ".repeat(10)));
        double twoTerms = score(BONES, section("", "bone fracture"));
        assertTrue(tenTimes > once);
        assertTrue(tenTimes < 2.5 * once, "ten mentions are worth far less than ten times one");
        assertTrue(twoTerms > score(BONES, section("", "bone bone")), "two signals beat one repeated");
    }

    @Test
    void theTitleCountsMoreThanTheBody() {
        Section inTitle = section("Natto", "A dish eaten at breakfast in parts of Japan, made of soybeans.");
        Section inBody = section("A breakfast dish", "Natto is eaten at breakfast in parts of Japan, made of soybeans.");
        assertTrue(score(FOOD, inTitle) > score(FOOD, inBody));
        assertEquals(List.of(FOOD), topics(inTitle));
    }

    @Test
    void aSinglePassingMentionDoesNotTag() {
        Section passing = section("", "The weather was mild that spring, and the market sold cheese, "
                + "bread, apples and honey to the visitors who came from the nearby towns and villages.");
        assertEquals(List.of(Topic.GENERAL), topics(passing));
    }

    @Test
    void aSectionWithoutSignalsFallsUnderGeneral() {
        List<TopicScore> tags = tagger.tag(section("Introduction", "You need to know about this."));
        assertEquals(1, tags.size());
        assertTrue(tags.get(0).topic().isGeneral());
    }

    @Test
    void tagsAtMostThreeTopicsStrongestFirst() {
        Section everything = section("", "Bone, bone fracture, bones. Skin and eczema. Natto and cheese. "
                + "Calcification of the blood vessel.");
        List<TopicScore> tags = tagger.tag(everything);
        assertEquals(3, tags.size());
        assertEquals(BONES, tags.get(0).topic());
        assertTrue(tags.get(0).score() >= tags.get(1).score() && tags.get(1).score() >= tags.get(2).score());
    }

    @Test
    void aWeakSecondTopicIsLeftOut() {
        String aboutBones = "Bone fractures heal slowly; bone is remade and the fracture closes over weeks. ";
        Section mostlyBones = section("Bones", aboutBones.repeat(6) + "A note on the skin, and skin again.");
        assertTrue(score(SKIN, mostlyBones) >= TopicTagger.MIN_SCORE, "skin alone would be tagged");
        assertEquals(List.of(BONES), topics(mostlyBones));
    }

    private List<Topic> topics(Section section) {
        return tagger.tag(section).stream().map(TopicScore::topic).toList();
    }
}
