package dev.gloss.core.ingest;

import dev.gloss.core.library.BundledLibrary;
import dev.gloss.core.library.Library;
import dev.gloss.core.library.Manifest;
import dev.gloss.core.model.Article;
import dev.gloss.core.model.Block;
import dev.gloss.core.model.ListBlock;
import dev.gloss.core.model.Run;
import dev.gloss.core.model.Section;
import dev.gloss.core.model.TitleKind;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The five bundled seed articles, parsed by the plain-text importer. */
class SeedArticlesTest {
    private static final Library LIBRARY = BundledLibrary.load();

    /** Chrome lines of the seeds, found by reading them; none may survive as content. */
    private static final Map<String, List<String>> CHROME = Map.of(
            "vitamin-k2-and-soft-tissue-calcium", List.of(
                    "Categories: BlogSupplements",
                    "This article is in the category Supplements and created by NutriCareNow Team",
                    "webadmin", "Recent Posts",
                    "Unveiling the Connection: Does Vitamin C Enhance Iron Absorption?",
                    "Discover how Vitamin C impacts iron absorption and its significance for your health.",
                    "4 hours ago", "Uncovering the Truth: Does Vitamin C Really Purge Toxins?",
                    "Explore whether Vitamin C truly purges toxins and its health benefits for your immune system…",
                    "7 hours ago", "The Surprising Benefits of Crushed Vitamin C Tablets for Skin Care",
                    "Discover how crushed Vitamin C can transform your skin care routine and boost your beauty…",
                    "12 hours ago", "Unraveling the Mystery: How Vitamin D Regulates Plasma Calcium Levels",
                    "Discover how Vitamin D plays a crucial role in regulating plasma calcium levels and its…",
                    "13 hours ago", "Unveiling the Ideal LDL Cholesterol Levels: What You Need to Know",
                    "Discover what constitutes a healthy LDL cholesterol level and its impact on your heart health.",
                    "15 hours ago", "Is Fairlife Protein Shake the Secret to Optimal Health?",
                    "Discover whether Fairlife protein shake is good for you and its health benefits.",
                    "18 hours ago"),
            "vitamin-k2-and-skin-conditions", List.of(
                    "Minnie Ocenasek",
                    "Professional explorer. Typical internet scholar. Twitter nerd. Extreme food trailblazer. "
                            + "Hardcore web specialist. General travel practitioner.",
                    "Leave a Comment", "Required fields are marked *"));

    @Test
    void libraryListsTheFiveSeedsInManifestOrder() {
        assertEquals(List.of("vitamin-k2-for-bones-and-heart", "vitamin-k2-and-osteoporosis",
                        "vitamin-k2-and-soft-tissue-calcium", "vitamin-k2-and-the-gut-brain-axis",
                        "vitamin-k2-and-skin-conditions"),
                LIBRARY.articles().stream().map(Article::id).toList());
    }

    @Test
    void bonesAndHeartHasItsQuestionHeadings() {
        Article a = article("vitamin-k2-for-bones-and-heart");
        assertEquals("The Crucial Role of Vitamin K2 in Bone Health and Heart Protection", a.title());
        assertEquals(List.of("", "What is Vitamin K2?", "What effect does vitamin K2 have?",
                "How vitamin K2 works?", "How safe is vitamin K2?"), titles(a));
        assertEquals(List.of(TitleKind.NONE, TitleKind.QUESTION, TitleKind.QUESTION, TitleKind.QUESTION,
                TitleKind.QUESTION), a.sections().stream().map(Section::titleKind).toList());
        // The numbered items of "How vitamin K2 works?" are separated by blank lines but form one list.
        List<Block> works = a.sections().get(3).blocks();
        assertEquals(1, works.size());
        assertEquals(2, ((ListBlock) works.get(0)).items().size());
        // "Some points for attention:" introduces its list and stays in the section, not a heading.
        Section safe = a.sections().get(4);
        assertTrue(safe.plainText().contains("Some points for attention:\nBecause vitamin K1"));
    }

    @Test
    void softTissueArticleHasHeadingsAndNoChrome() {
        Article a = article("vitamin-k2-and-soft-tissue-calcium");
        assertEquals("Can Vitamin K2 Be the Key to Removing Calcium from Soft Tissue?", a.title());
        assertEquals(List.of("", "Understanding Vitamin K2", "The Importance of Calcium Management",
                "How Vitamin K2 Supports Calcium Removal", "Step-by-Step: Incorporating Vitamin K2 into Your Diet",
                "Health Benefits of Vitamin K2", "Troubleshooting Vitamin K2 Intake", "Conclusion"), titles(a));
        assertFalse(fullText(a).contains(a.title() + "\n" + a.title()), "the repeated title is dropped");
    }

    @Test
    void gutBrainArticleHasItsHeadings() {
        Article a = article("vitamin-k2-and-the-gut-brain-axis");
        assertEquals("How Vitamin K2 Supports Mental Health along the Gut-Brain Axis", a.title());
        assertEquals(List.of("", "Vitamin K2’s Function in the Body", "Intestinal health and mental health",
                "Digestive Health and Vitamin K2", "Microbiome in the gut and vitamin K2",
                "Neurotransmitters and vitamin K2", "Brain Health and Vitamin K2",
                "Fostering brain-gut communication"), titles(a));
    }

    @Test
    void skinArticleHasItsHeadingsAndNoAuthorBox() {
        Article a = article("vitamin-k2-and-skin-conditions");
        assertEquals("The Power of Vitamin K2 in Treating Skin Conditions", a.title());
        assertEquals(List.of("", "The Basics of Vitamin K2", "The Role of Vitamin K2 in Skin Health",
                "The Link Between Vitamin K2 Deficiency and Skin Conditions",
                "The Importance of Vitamin K2 Supplementation", "Other Benefits of Vitamin K2", "In Conclusion"),
                titles(a));
    }

    @Test
    void osteoporosisArticleIsDividedIntoSectionsWithGeneratedTitles() {
        Article a = article("vitamin-k2-and-osteoporosis");
        assertEquals("The Mighty Defender: Vitamin K2 and Osteoporosis", a.title());
        assertEquals(List.of("", "Blood and transport calcium", "Fractures and osteocalcin",
                "Arterial calcification and cardiovascular health", "Dosage and diet", "Conclusion"), titles(a));
        assertEquals(TitleKind.NONE, a.sections().get(0).titleKind());
        a.sections().subList(1, a.sections().size())
                .forEach(s -> assertEquals(TitleKind.GENERATED, s.titleKind(), s.id()));
        assertEquals(8, a.sections().stream().mapToInt(s -> s.blocks().size()).sum(), "all eight paragraphs");
    }

    @Test
    void listItemLabelsAreStrongRuns() {
        Article a = article("vitamin-k2-and-skin-conditions");
        ListBlock list = (ListBlock) a.section("vitamin-k2-and-skin-conditions/other-benefits-of-vitamin-k2")
                .orElseThrow().blocks().get(1);
        assertEquals(List.of("Bone Health:", "Heart Health:", "Dental Health:"),
                list.items().stream().map(i -> i.runs().get(0))
                        .filter(r -> r.has(Run.Mark.STRONG)).map(Run::text).toList());
        ListBlock steps = (ListBlock) article("vitamin-k2-and-soft-tissue-calcium")
                .section("vitamin-k2-and-soft-tissue-calcium/step-by-step-incorporating-vitamin-k2-into-your-diet")
                .orElseThrow().blocks().get(1);
        assertTrue(steps.ordered());
        assertEquals(1, steps.start());
        assertEquals("Assess Your Diet:", steps.items().get(0).runs().get(0).text());
        ListBlock foods = (ListBlock) article("vitamin-k2-and-soft-tissue-calcium")
                .section("vitamin-k2-and-soft-tissue-calcium/understanding-vitamin-k2").orElseThrow().blocks().get(1);
        assertFalse(foods.ordered());
        assertEquals(List.of(true), foods.items().get(0).runs().stream().map(Run::isPlain).toList(),
                "an item without a label is one plain run");
    }

    @Test
    void gluedSentencesAreMended() {
        String bones = fullText(article("vitamin-k2-for-bones-and-heart"));
        assertTrue(bones.contains("in the body. One of the main functions"));
        assertTrue(bones.contains("in the intestines. It’s important"));
        assertTrue(fullText(article("vitamin-k2-and-skin-conditions")).contains("MK-4 and MK-7. MK-4 is found"));
    }

    @Test
    void chromeIsGone() {
        for (Map.Entry<String, List<String>> e : CHROME.entrySet()) {
            String text = fullText(article(e.getKey()));
            for (String chrome : e.getValue()) {
                assertFalse(text.contains(chrome), () -> e.getKey() + " still shows chrome: " + chrome);
            }
        }
    }

    /** Every sentence of every seed, minus its chrome, stands in the parsed article exactly once. */
    @Test
    void everySentenceIsKeptExactlyOnce() throws IOException {
        for (Manifest.Entry entry : BundledLibrary.manifest().articles()) {
            Article article = article(entry.id());
            Map<String, Integer> expected = new HashMap<>();
            String raw = read(entry.file());
            List<String> chrome = CHROME.getOrDefault(entry.id(), List.of());
            boolean titleSeen = false;
            for (String line : raw.split("\n")) {
                String l = line.strip();
                if (l.isEmpty() || chrome.contains(l)) {
                    continue;
                }
                if (l.equals(article.title())) {
                    if (titleSeen) {
                        continue;
                    }
                    titleSeen = true;
                }
                sentences(l.replaceFirst("^([•\\-*]|\\d+\\.|Q:)\\s*", "")).forEach(s -> expected.merge(s, 1, Integer::sum));
            }
            Map<String, Integer> actual = new HashMap<>();
            List<String> units = new ArrayList<>();
            units.add(article.title());
            for (Section s : article.sections()) {
                if (s.titleKind() == TitleKind.HEADING || s.titleKind() == TitleKind.QUESTION) {
                    units.add(s.title());
                }
                units.addAll(List.of(s.plainText().split("\n")));
            }
            units.forEach(u -> sentences(u).forEach(s -> actual.merge(s, 1, Integer::sum)));
            assertEquals(expected, actual, entry.id());
        }
    }

    @Test
    void idsAreStableUniqueAndScopedToTheirArticle() {
        Library again = BundledLibrary.load();
        for (Article a : LIBRARY.articles()) {
            Set<String> ids = new HashSet<>();
            for (Section s : a.sections()) {
                assertTrue(s.id().startsWith(a.id() + "/"), s.id());
                assertTrue(s.id().matches("[a-z0-9-]+/[a-z0-9-]+"), s.id());
                assertTrue(ids.add(s.id()), "duplicate id " + s.id());
            }
            assertEquals(a, again.article(a.id()).orElseThrow(), "re-parsing gives the same article");
        }
        assertEquals("vitamin-k2-for-bones-and-heart/introduction",
                LIBRARY.articles().get(0).sections().get(0).id());
        assertTrue(LIBRARY.section("vitamin-k2-and-the-gut-brain-axis/vitamin-k2s-function-in-the-body").isPresent());
    }

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?…])\\s*(?=[\\p{Lu}“\"])");

    /** Sentences with their white space removed, so that a mended "body. One" equals the seed's "body.One". */
    private static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        for (String s : SENTENCE_END.split(text)) {
            String compact = s.replaceAll("\\s+", "");
            if (!compact.isEmpty()) {
                out.add(compact);
            }
        }
        return out;
    }

    private static Article article(String id) {
        return LIBRARY.article(id).orElseThrow();
    }

    private static List<String> titles(Article a) {
        return a.sections().stream().map(Section::title).toList();
    }

    private static String fullText(Article a) {
        StringBuilder sb = new StringBuilder(a.title()).append('\n');
        for (Section s : a.sections()) {
            sb.append(s.title()).append('\n').append(s.plainText()).append('\n');
        }
        return sb.toString();
    }

    private static String read(String file) throws IOException {
        try (InputStream in = SeedArticlesTest.class.getResourceAsStream("/library/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
