package dev.gloss.core.topics;

import dev.gloss.core.library.Library;
import dev.gloss.core.model.Article;
import dev.gloss.core.model.CodeBlock;
import dev.gloss.core.model.Section;
import dev.gloss.core.model.TitleKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TopicDiscoveryTest {

    /** The fixture's pages without their tags, so that what is measured is discovery alone. */
    private static List<Article> untagged() {
        return DocsFixture.pages().stream()
                .map(a -> new Article(a.id(), a.title(), a.sections(), a.origin(), Article.Meta.NONE)).toList();
    }

    private static List<Topic> discovered(TopicIndex index) {
        return index.topics().stream().filter(t -> t.source() == TopicSource.DISCOVERED).toList();
    }

    private static double generalShare(TopicIndex index, List<Article> of) {
        long sections = of.stream().mapToLong(a -> a.sections().size()).sum();
        long general = of.stream().flatMap(a -> a.sections().stream())
                .filter(s -> index.topicsOf(s.id()).equals(List.of(Topic.GENERAL))).count();
        return (double) general / sections;
    }

    private static void assertNamesAreWords(TopicIndex index) {
        for (Topic t : discovered(index)) {
            assertTrue(t.name().matches("[\\p{L}]+( [\\p{L}]+)*((, | and )[\\p{L}]+( [\\p{L}]+)*)*"), t.name());
            for (String word : t.name().toLowerCase().split("[ ,]+")) {
                assertFalse(Set.of("div", "span", "href", "http", "https", "nbsp", "note", "null", "the", "der", "die",
                        "und").contains(word), t.name());
            }
            assertTrue(t.name().split(",| and ").length <= 3, t.name());
            assertTrue(t.description().startsWith("Key phrases: "), t.description());
        }
    }

    @Test
    void aDocumentationSetLeavesFewSectionsInGeneral() {
        List<Article> pages = untagged();
        TopicIndex index = TopicService.inMemory().index(DocsFixture.withBundled(pages));
        assertTrue(discovered(index).size() >= 3, index.topics().toString());
        double share = generalShare(index, pages);
        assertTrue(share <= 0.3, "share in General: " + share);
        assertNamesAreWords(index);
        // A topic of the routing pages is named by their own words.
        assertTrue(discovered(index).stream().anyMatch(t -> t.name().toLowerCase().matches(".*(route|request|handler|path).*")),
                discovered(index).toString());
    }

    @Test
    void theSameLibraryGivesTheSameTopicsAndIds() {
        Library library = DocsFixture.withBundled(untagged());
        TopicIndex one = TopicService.inMemory().index(library);
        TopicIndex two = TopicService.inMemory().index(library);
        assertEquals(one.topics(), two.topics());
        for (Topic t : one.topics()) {
            assertEquals(one.sectionIds(t.id()), two.sectionIds(t.id()), t.id());
        }
    }

    @Test
    void topicsAreKeptOnDiskAndReusedAfterARestart(@TempDir Path dir) {
        Library library = DocsFixture.withBundled(untagged());
        TopicService first = TopicService.open(dir, Clock.systemUTC());
        TopicIndex before = first.index(library);
        assertEquals(1, first.discoveries());
        assertTrue(dir.resolve(TopicService.DISCOVERED_FILE).toFile().isFile());
        TopicService restarted = TopicService.open(dir, Clock.systemUTC());
        TopicIndex after = restarted.index(library);
        assertEquals(0, restarted.discoveries(), "reused, not found again");
        assertEquals(before.topics(), after.topics());
        for (Topic t : before.topics()) {
            assertEquals(before.sectionIds(t.id()), after.sectionIds(t.id()), t.id());
        }
    }

    @Test
    void anImportedArticleJoinsTheTopicsFoundBefore(@TempDir Path dir) {
        List<Article> pages = untagged();
        TopicService service = TopicService.open(dir, Clock.systemUTC());
        TopicIndex before = service.index(DocsFixture.withBundled(pages));
        Topic routing = discovered(before).stream()
                .filter(t -> before.sectionIds(t.id()).contains("routing/path-parameters")).findFirst().orElseThrow();
        List<Article> more = new ArrayList<>(pages);
        more.add(DocsFixture.article("more-routing", "More on routing",
                "A route with path parameters hands each path parameter to its handler. The router checks the "
                        + "route of every request and calls the handler of the route; a request whose path matches no "
                        + "route gets 404 from the router."));
        TopicIndex after = service.index(DocsFixture.withBundled(more));
        assertEquals(1, service.discoveries(), "joined, not found again");
        assertTrue(after.topicsOf("more-routing/s0").contains(after.topic(routing.id()).orElseThrow()),
                after.topicsOf("more-routing/s0").toString());
        assertEquals(before.sectionIds(routing.id()).size() + 1, after.sectionIds(routing.id()).size());
    }

    @Test
    void topicsAreFoundAgainWhenTheLibraryHasGrownByAQuarter(@TempDir Path dir) {
        List<Article> pages = untagged();
        TopicService service = TopicService.open(dir, Clock.systemUTC());
        service.index(DocsFixture.withBundled(pages.subList(0, 4)));
        assertEquals(1, service.discoveries());
        service.index(DocsFixture.withBundled(pages.subList(0, 5)));
        assertEquals(1, service.discoveries(), "one article more is joined");
        service.index(DocsFixture.withBundled(pages));
        assertEquals(2, service.discoveries(), "from 4 articles to 12: found again");
        service.rediscover(DocsFixture.withBundled(pages));
        assertEquals(3, service.discoveries(), "and when asked");
    }

    @Test
    void theReadersChoiceBeatsFindingTopicsAgain(@TempDir Path dir) throws Exception {
        Library library = DocsFixture.withBundled(untagged());
        TopicService service = TopicService.open(dir, Clock.systemUTC());
        TopicIndex index = service.index(library);
        Topic topic = discovered(index).get(0);
        String section = index.sectionIds(topic.id()).get(0);
        service.include(library, topic.id(), section, false);
        service.rename(library, topic.id(), "My name for it");
        TopicIndex again = service.rediscover(library);
        Topic kept = again.topic(topic.id()).orElseThrow();
        assertEquals("My name for it", kept.name());
        assertFalse(again.sectionIds(topic.id()).contains(section));
        assertFalse(again.topicsOf(section).contains(kept));
    }

    @Test
    void aLibraryOfOneArticle() {
        List<Article> one = List.of(untagged().get(2));
        TopicIndex index = TopicService.inMemory().index(DocsFixture.withBundled(one));
        assertNamesAreWords(index);
        one.get(0).sections().forEach(s -> assertFalse(index.topicsOf(s.id()).isEmpty()));
    }

    @Test
    void aLibraryOfNearlyIdenticalArticles() {
        List<Article> copies = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            copies.add(DocsFixture.article("copy-" + i, "Release notes " + (i % 7),
                    "This release fixes the cache of the router and the handler of static files, version " + i + ".",
                    "The router and the handler of static files cache their answers; the cache is cleared on reload."));
        }
        TopicIndex index = TopicService.inMemory().index(DocsFixture.withBundled(copies));
        assertNamesAreWords(index);
        assertTrue(discovered(index).size() <= 40);
    }

    @Test
    void pagesOfCodeOnlyGetNoTopicsMadeOfCode() {
        List<Article> code = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            Section s = new Section("code-" + i + "/listing", "Listing", TitleKind.HEADING, List.of(new CodeBlock(
                    "public final class Handler" + i + " {\n  void handle(Request request) {\n"
                    + "    request.respond(\"<div class='x'>\" + i + \"</div>\");\n  }\n}", "java")));
            code.add(new Article("code-" + i, "Listing " + i, List.of(s), new Article.Origin("code.md", "markdown")));
        }
        TopicIndex index = TopicService.inMemory().index(DocsFixture.withBundled(code));
        assertNamesAreWords(index);
        for (Topic t : discovered(index)) {
            assertFalse(t.name().toLowerCase().matches(".*(public|class|void|request|respond|div).*"), t.name());
        }
    }

    @Test
    void textInOtherLanguagesGivesNoNamesOfFunctionWords() {
        List<Article> foreign = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            foreign.add(DocsFixture.article("de-" + i, "Zertifikate " + i,
                    "Der Server braucht ein Zertifikat und den privaten Schlüssel. Das Zertifikat wird in der "
                            + "Konfiguration genannt, und der Schlüssel liegt neben dem Zertifikat.",
                    "Die Protokolle des Servers werden in eine Datei geschrieben; die Protokolle enthalten jede Anfrage."));
            foreign.add(DocsFixture.article("ja-" + i, "証明書 " + i,
                    "サーバーには証明書と秘密鍵が必要です。証明書は設定ファイルで指定します。",
                    "ログはファイルに書き込まれます。ログにはすべてのリクエストが含まれます。"));
        }
        TopicIndex index = TopicService.inMemory().index(DocsFixture.withBundled(foreign));
        assertNamesAreWords(index);
        Set<String> names = discovered(index).stream().map(Topic::name).collect(Collectors.toSet());
        assertTrue(names.stream().anyMatch(n -> n.toLowerCase().contains("zertifikat") || n.toLowerCase().contains("protokoll")),
                names.toString());
    }
}
