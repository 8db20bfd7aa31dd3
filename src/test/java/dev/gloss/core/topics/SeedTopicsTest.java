package dev.gloss.core.topics;

import dev.gloss.core.library.BundledLibrary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bundled sections get the topics a reader would give them. */
class SeedTopicsTest {
    private static TopicIndex index;

    @BeforeAll
    static void tagTheLibrary() {
        index = TopicIndex.of(BundledLibrary.load());
    }

    private static List<String> topicIds(String sectionId) {
        List<String> ids = index.topicsOf(sectionId).stream().map(Topic::id).toList();
        assertTrue(!ids.isEmpty(), "the section exists: " + sectionId);
        return ids;
    }

    /** The strongest topic is the one the section is about. */
    @ParameterizedTest
    @CsvSource({
        "vitamin-k2-and-osteoporosis/fractures-and-osteocalcin, bone-health",
        "vitamin-k2-and-the-gut-brain-axis/neurotransmitters-and-vitamin-k2, gut-and-brain",
        "vitamin-k2-and-the-gut-brain-axis/microbiome-in-the-gut-and-vitamin-k2, gut-and-brain",
        "vitamin-k2-and-skin-conditions/the-role-of-vitamin-k2-in-skin-health, skin",
        "vitamin-k2-and-skin-conditions/the-link-between-vitamin-k2-deficiency-and-skin-conditions, skin",
        "vitamin-k2-for-bones-and-heart/how-safe-is-vitamin-k2, safety-and-dosage",
        "vitamin-k2-and-soft-tissue-calcium/understanding-vitamin-k2, food-sources",
        "vitamin-k2-and-soft-tissue-calcium/the-importance-of-calcium-management, calcium-metabolism",
        "vitamin-k2-and-osteoporosis/arterial-calcification-and-cardiovascular-health, heart-and-arteries",
        "vitamin-k2-for-bones-and-heart/introduction, general"
    })
    void strongestTopic(String sectionId, String topicId) {
        assertEquals(topicId, topicIds(sectionId).get(0));
    }

    /** Sections that are about two things carry both. */
    @ParameterizedTest
    @CsvSource({
        "vitamin-k2-and-osteoporosis/dosage-and-diet, food-sources safety-and-dosage",
        "vitamin-k2-and-skin-conditions/the-basics-of-vitamin-k2, food-sources forms-and-absorption",
        "vitamin-k2-and-skin-conditions/the-role-of-vitamin-k2-in-skin-health, skin immunity-and-inflammation",
        "vitamin-k2-for-bones-and-heart/how-vitamin-k2-works, calcium-metabolism heart-and-arteries bone-health"
    })
    void carriesEachTopic(String sectionId, String topicIds) {
        assertTrue(topicIds(sectionId).containsAll(Arrays.asList(topicIds.split(" "))),
                sectionId + " has " + topicIds(sectionId));
    }

    /** And not what it only mentions in passing. */
    @ParameterizedTest
    @CsvSource({
        "vitamin-k2-and-the-gut-brain-axis/neurotransmitters-and-vitamin-k2, calcium-metabolism",
        "vitamin-k2-and-soft-tissue-calcium/understanding-vitamin-k2, heart-and-arteries",
        "vitamin-k2-for-bones-and-heart/how-safe-is-vitamin-k2, food-sources",
        "vitamin-k2-and-osteoporosis/fractures-and-osteocalcin, skin"
    })
    void leavesOutWhatIsOnlyMentioned(String sectionId, String topicId) {
        assertTrue(!topicIds(sectionId).contains(topicId), sectionId + " has " + topicIds(sectionId));
    }
}
