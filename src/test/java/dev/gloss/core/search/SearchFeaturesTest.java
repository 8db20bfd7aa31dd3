package dev.gloss.core.search;

import dev.gloss.core.ingest.MarkdownImporter;
import dev.gloss.core.library.Library;
import dev.gloss.core.model.Article;
import dev.gloss.core.model.Section;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Known items, metadata, identifiers, code, languages, refinements, dates, completions and related sections. */
class SearchFeaturesTest {

    static Library library;
    static SearchIndex index;

    @BeforeAll
    static void build() throws Exception {
        java.util.List<Article> all = new java.util.ArrayList<>(DocsFixture.withBundled().articles());
        all.add(MarkdownImporter.parse("""
                # Encoding helpers

                The helpers below are used by the exporter.

                ```python
                def foo_bar(values):
                    for item in values:
                        yield item.encode("utf-8")
                ```

                Call `foo_bar()` once per batch.
                """, "docs-encoding", new Article.Origin("encoding.md", "markdown")));
        all.add(MarkdownImporter.parse("""
                # Rückblick

                Die Seiten dieses Abschnitts beschreiben die Änderungen der letzten Jahre. Sie sind nach dem
                Datum geordnet, und jede Änderung wird mit einem kurzen Beispiel gezeigt, das man in die eigene
                Konfiguration übernehmen kann. Es ist nicht nötig, die älteren Einträge zu lesen.
                """, "docs-rueckblick", new Article.Origin("rueckblick.md", "markdown")));
        library = new Library(all);
        index = SearchIndex.of(library);
    }

    @AfterAll
    static void close() {
        index.close();
    }

    static List<SearchHit> hits(String text) {
        return index.search(SearchRequest.typing(text)).hits();
    }

    static List<String> ids(List<SearchHit> hits) {
        return hits.stream().map(SearchHit::sectionId).toList();
    }

    static String text(String sectionId) {
        return library.section(sectionId).orElseThrow().plainText();
    }

    @Test
    void aTypedTitleOrMostOfItPutsItsArticleOrSectionFirst() {
        assertEquals("docs-front-matter/introduction", hits("front matter").get(0).sectionId());
        assertEquals("docs-front-matter/introduction", hits("Front mat").get(0).sectionId());
        assertEquals("docs-shortcodes/introduction", hits("shortcodes").get(0).sectionId());
        assertEquals("docs-front-matter/custom-keys", hits("custom keys").get(0).sectionId());
        assertEquals("vitamin-k2-and-skin-conditions/introduction", hits("vitamin k2 skin conditions").get(0).sectionId());
        // A word that is only a small part of a title does not make it a known item.
        assertTrue(KnownItems.coverage("Blood and transport calcium", Language.ENGLISH, Set.of("calcium"))
                < KnownItems.MIN_COVERAGE);
    }

    @Test
    void descriptionTagsAndAuthorAreSearchableAndWeighOnTheFirstSection() {
        List<SearchHit> okafor = hits("Okafor");
        assertFalse(okafor.isEmpty());
        Set<String> articles = okafor.stream().map(SearchHit::articleId).collect(Collectors.toSet());
        assertEquals(Set.of("docs-front-matter", "docs-shortcodes", "docs-configuration", "docs-taxonomies"), articles);
        assertTrue(okafor.get(0).sectionId().endsWith("/introduction"), okafor.get(0).sectionId());
        assertEquals("docs-image-processing/introduction", hits("resize crop and filter pictures").get(0).sectionId());
        assertTrue(hits("pictures").get(0).allWords(), "a word only in a description is found");
    }

    @Test
    void identifiersAreFoundWholeAndByTheirParts() {
        Set<String> mention = new HashSet<>();
        for (Article a : library.articles()) {
            for (Section s : a.sections()) {
                if (s.plainText().contains("images.GaussianBlur")) {
                    mention.add(s.id());
                }
            }
        }
        assertEquals(2, mention.size());
        for (String q : List.of("GaussianBlur", "images.GaussianBlur", "Gaussian", "gaussian blur")) {
            Set<String> found = hits(q).stream().filter(SearchHit::allWords).map(SearchHit::sectionId)
                    .collect(Collectors.toSet());
            assertTrue(found.containsAll(mention), q + ": " + found);
        }
        SearchHit hit = hits("GaussianBlur").get(0);
        assertTrue(hit.snippet().marked().contains("«GaussianBlur»") || hit.snippet().marked().contains("«images.GaussianBlur»"),
                hit.snippet().marked());
        assertEquals("docs-configuration/common-settings", hits("build_cache_dir").get(0).sectionId());
        assertTrue(ids(hits("cache_dir")).contains("docs-configuration/common-settings"));
        assertTrue(ids(hits("heroImage")).contains("docs-front-matter/custom-keys"));
        assertTrue(ids(hits("hero image")).contains("docs-front-matter/custom-keys"));
        assertEquals("docs-release-notes/v1-2-3", hits("v1.2.3").get(0).sectionId());
        assertTrue(ids(hits("--clean-destination-dir")).containsAll(
                List.of("docs-command-line/build", "docs-release-notes/v1-2-0")));
        assertTrue(ids(hits("PAGEWRIGHT_BASEURL")).contains("docs-configuration/settings-from-the-environment"));
    }

    @Test
    void codeIsIndexedWithoutStemmingSoCallsAreFoundAsWritten() {
        List<SearchHit> found = hits("foo_bar()");
        assertEquals("docs-encoding/introduction", found.get(0).sectionId());
        assertTrue(found.get(0).snippet().marked().contains("«foo_bar»"), found.get(0).snippet().marked());
        // In prose "values" is stemmed to "valu"; in code it is kept as it is written.
        assertTrue(Analysis.tokens(Analysis.STEMMED, "values").get(0).term().equals("valu"));
        assertTrue(hits("values").stream().anyMatch(h -> h.sectionId().equals("docs-encoding/introduction")));
        assertTrue(hits("item.encode").stream().anyMatch(h -> h.sectionId().equals("docs-encoding/introduction")));
    }

    @Test
    void eachArticleIsReadInItsLanguage() {
        assertEquals(Language.GERMAN, Language.of(library.article("docs-rueckblick").orElseThrow()));
        assertEquals(Language.ENGLISH, Language.of(library.article("docs-front-matter").orElseThrow()));
        assertEquals(Language.OTHER, Language.of(library.article("docs-kuaisu").orElseThrow()));
        // German stems: "Seite" finds "Seiten", "Änderung" finds "Änderungen".
        assertTrue(ids(hits("Seite")).contains("docs-rueckblick/introduction"));
        assertTrue(ids(hits("Änderung")).contains("docs-rueckblick/introduction"));
        assertTrue(ids(hits("Seiten")).contains("docs-schnellstart/die-erste-seite"));
        // French: "modèle" finds "modèles", and "l'ordre" is "ordre".
        assertTrue(ids(hits("modèle")).contains("docs-modeles/introduction"));
        assertTrue(ids(hits("ordre")).contains("docs-modeles/lordre-de-recherche"));
        // CJK: a word inside a run of characters.
        assertEquals("docs-kuaisu/untitled-2", hits("缓存").get(0).sectionId());
        assertEquals("docs-hajimeni/introduction", hits("ジェネレーター").get(0).sectionId());
        assertEquals("docs-sijakhagi/untitled-2", hits("서버").get(0).sectionId());
        assertTrue(hits("缓存").get(0).snippet().marked().contains("«缓存»"), hits("缓存").get(0).snippet().marked());
        // An opened German section has the German forms marked.
        SearchHit german = hits("Seite").stream().filter(h -> h.sectionId().equals("docs-rueckblick/introduction"))
                .findFirst().orElseThrow();
        assertTrue(german.highlight().mark(text(german.sectionId())).stream()
                .anyMatch(p -> p.matched() && p.text().equals("Seiten")), "Seiten is marked for Seite");
        // English as before.
        assertEquals("vitamin-k2-and-osteoporosis/fractures-and-osteocalcin", hits("osteocalcin").get(0).sectionId());
    }

    @Test
    void refinementsNarrowTheSearch() {
        List<SearchHit> tagged = hits("tag:images");
        assertFalse(tagged.isEmpty());
        assertTrue(tagged.stream().allMatch(h -> library.article(h.articleId()).orElseThrow().meta().tags()
                .contains("images")), ids(tagged).toString());
        assertTrue(hits("filter tag:recipes").stream().allMatch(h -> h.articleId().equals("docs-image-filters-recipes")));
        List<SearchHit> byAuthor = hits("build author:\"Tomás Lindqvist\"");
        assertFalse(byAuthor.isEmpty());
        assertTrue(byAuthor.stream().allMatch(h -> List.of("docs-image-processing", "docs-image-filters-recipes",
                "docs-deployment").contains(h.articleId())), ids(byAuthor).toString());
        assertTrue(hits("author:tomas").stream().allMatch(h -> h.articleId().startsWith("docs-")), "accents folded");
        List<SearchHit> titled = hits("title:filters");
        assertTrue(titled.stream().allMatch(h -> (h.sectionTitle() + h.articleTitle()).toLowerCase(Locale.ROOT)
                .contains("filter")), ids(titled).toString());
        List<SearchHit> here = index.search(SearchRequest.typing("build in:").withHere("docs-deployment")).hits();
        assertFalse(here.isEmpty());
        assertTrue(here.stream().allMatch(h -> h.articleId().equals("docs-deployment")));
        assertTrue(index.search(SearchRequest.typing("build in:docs-command-line")).hits().stream()
                .allMatch(h -> h.articleId().equals("docs-command-line")));
        List<SearchHit> without = hits("images -blur");
        assertFalse(without.isEmpty());
        assertTrue(without.stream().noneMatch(h -> text(h.sectionId()).toLowerCase(Locale.ROOT).contains("blur")));
        assertTrue(hits("images").stream().anyMatch(h -> text(h.sectionId()).toLowerCase(Locale.ROOT).contains("blur")));
        // "--flag" is a flag to find, not a word to leave out.
        assertFalse(hits("--build-drafts").isEmpty());
    }

    @Test
    void topicsAreARefinementToo() {
        try (SearchIndex withTopics = SearchIndex.builder()
                .topics(id -> id.startsWith("docs-image") ? Set.of("images-and-media") : Set.of()).build()) {
            withTopics.addArticles(library.articles());
            List<SearchHit> hits = withTopics.search(SearchRequest.typing("filter topic:images-and-media")).hits();
            assertFalse(hits.isEmpty());
            assertTrue(hits.stream().allMatch(h -> h.articleId().startsWith("docs-image")));
            assertEquals(hits.size(), withTopics.search(SearchRequest.typing("filter topic:\"Images and media\"")).hits().size());
        }
    }

    @Test
    void hitsCanBeOrderedNewestFirstDatedBeforeUndated() {
        assertTrue(index.hasDates());
        List<SearchHit> newest = index.search(new SearchRequest("pagewright", Scope.library(), 50, true)
                .withOrder(SearchRequest.Order.NEWEST)).hits();
        List<String> dates = newest.stream().filter(SearchHit::allWords)
                .map(h -> h.published().orElse("")).toList();
        assertTrue(dates.size() > 5);
        for (int i = 1; i < dates.size(); i++) {
            String before = dates.get(i - 1);
            String after = dates.get(i);
            assertTrue(after.isEmpty() || (!before.isEmpty() && before.compareTo(after) >= 0), dates.toString());
        }
        assertEquals("2024-06-01", dates.get(0));
    }

    @Test
    void completionsComeFromTitlesAndHeadings() {
        assertEquals("Front matter", index.completions("front ma", 5).get(0));
        assertTrue(index.completions("matt", 5).contains("Front matter"), "a word inside a title");
        assertTrue(index.completions("osteo", 5).contains("Fractures and osteocalcin") || index.completions("osteo", 5)
                .stream().anyMatch(c -> c.contains("Osteoporosis")));
        assertTrue(index.completions("x", 5).isEmpty(), "one letter completes nothing");
        assertEquals(List.of("blur radius", "Gaussian blur"),
                Completions.matching(List.of("blur radius", "Gaussian blur", "sharpen"), "blu", 5));
    }

    @Test
    void relatedSectionsAreInOtherArticlesAndShareTheirTellingWords() {
        List<SearchHit> related = index.related("docs-image-processing/filters", 5);
        assertFalse(related.isEmpty());
        assertTrue(related.stream().noneMatch(h -> h.articleId().equals("docs-image-processing")));
        assertTrue(ids(related).subList(0, Math.min(3, related.size())).contains("docs-image-filters-recipes/a-soft-hero-background"),
                ids(related).toString());
        assertTrue(related.get(0).snippet().hasMatch());
        List<SearchHit> bones = index.related("vitamin-k2-and-osteoporosis/fractures-and-osteocalcin", 5);
        assertTrue(bones.stream().allMatch(h -> h.articleId().startsWith("vitamin-k2")), ids(bones).toString());
        assertTrue(index.related("no/such-section", 5).isEmpty());
    }

    @Test
    void didYouMeanIsOfferedOnlyForWordsTheLibraryLacks() {
        Set<String> words = new HashSet<>();
        for (Article a : library.articles()) {
            words.addAll(List.of(a.title().split("[^\\p{L}\\p{N}_.]+")));
            if (a.meta().author() != null) {
                words.addAll(List.of(a.meta().author().split(" ")));
            }
            for (Section s : a.sections()) {
                words.addAll(List.of(s.title().split("[^\\p{L}\\p{N}_.]+")));
            }
        }
        words.addAll(List.of("GaussianBlur", "heroImage", "NearestNeighbor", "foo_bar", "Okafor", "metadata"));
        for (String w : words) {
            if (w.length() >= 4) {
                assertTrue(index.search(new SearchRequest(w, Scope.library(), 5, false)).didYouMean().isEmpty(), w);
            }
        }
        assertEquals("shortcodes", index.search(new SearchRequest("shortcdes", Scope.library(), 5, false))
                .didYouMean().orElseThrow());
    }

    @Test
    void aPhraseSaysItsLooserMatchesAreLooser() {
        SearchResult phrase = index.search(SearchRequest.typing("\"image filters\""));
        assertTrue(phrase.phrase());
        assertTrue(phrase.exactCount() >= 1);
        assertTrue(phrase.hits().size() > phrase.exactCount(), "looser matches follow");
        assertEquals("Looser matches: the words, not the exact phrase", phrase.looseHeading());
        SearchResult words = index.search(SearchRequest.typing("image filters"));
        assertFalse(words.phrase());
    }
}
