package dev.gloss.core.glossary;

import dev.gloss.core.ingest.MarkdownImporter;
import dev.gloss.core.library.Library;
import dev.gloss.core.model.Article;
import dev.gloss.core.model.Paragraph;
import dev.gloss.core.model.Section;
import dev.gloss.core.model.TitleKind;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The automatic glossary on a documentation set of our own (src/test/resources/.../glossary/docs). */
class AutoTermFinderTest {
    private static final List<String> PAGES = List.of("storage-engine", "transactions", "operations", "code-only",
            "german");

    static Library docs() {
        List<Article> articles = new ArrayList<>();
        for (String page : PAGES) {
            articles.add(page(page));
        }
        return new Library(articles);
    }

    static Article page(String name) {
        try (InputStream in = AutoTermFinderTest.class.getResourceAsStream("docs/" + name + ".md")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return MarkdownImporter.parse(text, name, new Article.Origin(name + ".md", "markdown"));
        } catch (IOException | dev.gloss.core.ingest.ImportException e) {
            throw new AssertionError(e);
        }
    }

    private static List<AutoTerm> find(Library library) {
        return new AutoTermFinder().find(library, key -> false);
    }

    private static Optional<AutoTerm> named(List<AutoTerm> terms, String name) {
        String key = Tokens.key(name);
        return terms.stream().filter(t -> Tokens.key(t.name()).equals(key)
                || t.aliases().stream().anyMatch(a -> Tokens.key(a).equals(key))).findFirst();
    }

    private static int rank(List<AutoTerm> terms, String name) {
        AutoTerm t = named(terms, name).orElseThrow(() -> new AssertionError("no term '" + name + "' in "
                + terms.stream().map(AutoTerm::name).toList()));
        return terms.indexOf(t) + 1;
    }

    @Test
    void findsTheTermsOfTheDocumentation() {
        List<AutoTerm> terms = find(docs());
        for (String term : List.of("write-ahead log", "memtable", "bloom filter", "sorted string table",
                "snapshot isolation", "compaction", "write conflict")) {
            assertTrue(rank(terms, term) <= 15, term + " is at " + rank(terms, term) + " of "
                    + terms.stream().map(AutoTerm::name).toList());
        }
    }

    @Test
    void anAbbreviationDefinedInTheTextIsOneTermWithItsExpansion() {
        List<AutoTerm> terms = find(docs());
        AutoTerm wal = named(terms, "WAL").orElseThrow();
        assertEquals("write-ahead log", wal.name());
        assertEquals(List.of("WAL"), wal.aliases());
        AutoTerm sst = named(terms, "SST").orElseThrow();
        assertEquals("sorted string table", sst.name());
    }

    @Test
    void codeMarkupVersionsTimestampsAndCommonWordsAreNeverTerms() {
        List<AutoTerm> terms = find(docs());
        Set<String> never = Set.of("note", "warning", "ledger_home", "ledger home", "home", "path", "memtable_size_mb",
                "sync_mode", "get", "returns", "whether", "hello", "v2", "v2.4.1", "06t22", "2024", "30000", "txn", "db", "const", "await", "user", "true", "false", "default", "setting", "meaning", "toml");
        for (AutoTerm t : terms) {
            String name = t.name().toLowerCase(Locale.ROOT);
            assertFalse(never.contains(name), "'" + t.name() + "' is not a term");
            assertFalse(name.matches(".*[0-9].*") && !name.matches("[a-z]+[0-9]+"), "'" + t.name() + "' is a number");
            assertFalse(name.contains("_") || name.contains("(") || name.contains("=") || name.contains("/"),
                    "'" + t.name() + "' is code");
        }
    }

    @Test
    void definitionsAreQuotedExactlyFromTheirSectionAndRankedByHowWellTheyDefine() {
        Library library = docs();
        List<AutoTerm> terms = find(library);
        for (AutoTerm t : terms) {
            if (t.quote() != null) {
                String text = library.section(t.quote().sectionId()).orElseThrow().plainText();
                assertEquals(t.quote().text(), text.substring(t.quote().start(), t.quote().start() + t.quote().text().length()),
                        "the quote of " + t.name() + " is the section's own text");
            }
        }
        AutoTerm memtable = named(terms, "memtable").orElseThrow();
        assertEquals("The memtable is an in-memory table that holds the newest writes in key order.",
                memtable.quote().text());
        assertEquals(AutoTerm.Pattern.IS_A, memtable.quote().pattern());
        assertEquals("storage-engine/writes", memtable.quote().sectionId());
        // "The write-ahead log is an append-only file..." defines better than the sentence with "(WAL)".
        AutoTerm wal = named(terms, "write-ahead log").orElseThrow();
        assertTrue(wal.quote().text().startsWith("The write-ahead log is an append-only file"), wal.quote().text());
        AutoTerm compaction = named(terms, "compaction").orElseThrow();
        assertEquals(AutoTerm.Pattern.DEFINED_AS, compaction.quote().pattern());
        assertTrue(compaction.quote().text().startsWith("Compaction refers to merging"));
        AutoTerm snapshotIsolation = named(terms, "snapshot isolation").orElseThrow();
        assertEquals(AutoTerm.Pattern.MEANS, snapshotIsolation.quote().pattern());
        AutoTerm snapshot = named(terms, "snapshot").orElseThrow();
        assertEquals(AutoTerm.Pattern.ALSO_KNOWN_AS, snapshot.quote().pattern());
        assertTrue(snapshot.quote().text().startsWith("A snapshot, also known as a read view,"));
    }

    @Test
    void aTermNoSentenceDefinesHasNoQuote() {
        List<AutoTerm> terms = find(docs());
        AutoTerm name = named(terms, "Ledgerdb").orElseThrow();
        assertNull(name.quote());
    }

    @Test
    void namesTheGlossaryHasAlreadyAreLeftToIt() {
        String wal = Tokens.key("write-ahead log");
        List<AutoTerm> terms = new AutoTermFinder().find(docs(), wal::equals);
        assertTrue(named(terms, "write-ahead log").isEmpty());
        assertTrue(named(terms, "memtable").isPresent());
        // Nor a longer phrase that would hide the glossary's own term in the text.
        assertTrue(terms.stream().noneMatch(t -> (" " + Tokens.key(t.name()) + " ").contains(" " + wal + " ")),
                terms.stream().map(AutoTerm::name).toList().toString());
    }

    @Test
    void pagesOfCodeAndPagesInAnotherLanguageGiveNoTerms() {
        assertEquals(List.of(), find(new Library(List.of(page("code-only")))));
        assertEquals(List.of(), find(new Library(List.of(page("german")))));
        List<AutoTerm> all = find(docs());
        for (String german : List.of("speichertabelle", "verdichtung", "tabelle", "filter sagt")) {
            assertTrue(named(all, german).isEmpty(), german);
        }
    }

    @Test
    void textInAnotherLanguageWithoutALanguageTagIsSkippedToo() {
        String text = "Die Speichertabelle wird geschrieben, sobald sie zu groß ist, und die Verdichtung fasst "
                + "Tabellen zusammen. Die Verdichtung läuft im Hintergrund und die Speichertabelle bleibt im "
                + "Arbeitsspeicher. Jede Tabelle hat einen Filter, und der Filter sagt, ob ein Schlüssel fehlt. "
                + "Die Speichertabelle und die Verdichtung sind wichtig.";
        Library library = Fixtures.library(text, text, text);
        assertEquals(List.of(), find(library));
    }

    @Test
    void aLibraryOfOneShortArticleOrNoneDoesNotBreak() {
        assertEquals(List.of(), find(new Library(List.of())));
        Library one = Fixtures.library("A memtable is an in-memory table. The memtable is flushed to a table file.");
        List<AutoTerm> terms = find(one);
        assertTrue(terms.size() <= 3, terms.toString());
    }

    @Test
    void manyNearlyIdenticalArticlesGiveTheTermsOfOne() {
        Article base = page("storage-engine");
        List<Article> copies = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            List<Section> sections = new ArrayList<>();
            for (Section s : base.sections()) {
                List<dev.gloss.core.model.Block> blocks = new ArrayList<>(s.blocks());
                blocks.add(Paragraph.of("Copy number " + i + " of the page."));
                sections.add(new Section("copy" + i + "/" + s.id().split("/", 2)[1], s.title(), s.titleKind(),
                        s.level(), null, blocks));
            }
            copies.add(new Article("copy" + i, base.title(), sections, base.origin(), base.meta()));
        }
        List<AutoTerm> terms = find(new Library(copies));
        assertTrue(terms.size() <= AutoTermFinder.MAX_TERMS);
        assertTrue(rank(terms, "memtable") <= 10);
        assertTrue(named(terms, "copy number").isEmpty() || rank(terms, "copy number") > 10);
        assertNotNull(named(terms, "memtable").orElseThrow().quote());
    }

    @Test
    void theSameLibraryGivesTheSameTermsInTheSameOrder() {
        assertEquals(find(docs()), find(docs()));
    }

    @Test
    void sectionsWithTitlesOnlyOrEmptySectionsDoNotBreak() {
        Section empty = new Section("e/s", "Empty", TitleKind.HEADING, List.of());
        Library library = new Library(List.of(new Article("e", "E", List.of(empty), new Article.Origin("e.md", "markdown"))));
        assertEquals(List.of(), find(library));
    }
}
