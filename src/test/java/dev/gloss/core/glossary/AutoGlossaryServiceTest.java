package dev.gloss.core.glossary;

import dev.gloss.core.library.Library;
import dev.gloss.core.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Automatic terms in the glossary: mentions, dismissals kept, accepting, the cache on disk. */
class AutoGlossaryServiceTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);

    @TempDir
    Path dataDir;

    private final Library docs = AutoTermFinderTest.docs();

    private GlossaryService open(Library library, Glossary bundled) {
        return GlossaryService.open(library, bundled, dataDir, CLOCK);
    }

    private static Term auto(GlossaryService service, String name) {
        return service.glossary().lookup(name).filter(Term::isAuto)
                .orElseThrow(() -> new AssertionError("no automatic term " + name));
    }

    @Test
    void automaticTermsAreInTheGlossaryWithTheirMentionsAndQuotes() {
        GlossaryService service = open(docs, Fixtures.glossary(Fixtures.term("key-value", "key-value store")));
        Term memtable = auto(service, "memtable");
        assertEquals(Term.Origin.AUTO, memtable.origin());
        assertTrue(service.autoTerms().contains(memtable));
        assertTrue(service.mentions().of(memtable.id()).total() >= 5, "mentions of the memtable");
        AutoTerm.Quote quote = service.quote(memtable.id()).orElseThrow();
        assertEquals("storage-engine/writes", quote.sectionId());
        assertEquals(quote.text(), memtable.definition());
        // Marks in the text: the section that defines it marks it.
        assertTrue(service.mentions().inSection("storage-engine/writes").stream()
                .anyMatch(m -> m.termId().equals(memtable.id())));
        // An alias found by Schwartz-Hearst is looked up too.
        assertEquals(auto(service, "write-ahead log"), service.glossary().lookup("WAL").orElseThrow());
    }

    @Test
    void aBundledTermKeepsItsNameAndAutomaticTermsNeverHideItsMentions() {
        Glossary bundled = Fixtures.glossary(Fixtures.term("bf", "bloom filter"));
        GlossaryService service = open(docs, bundled);
        Term bloom = service.glossary().lookup("bloom filter").orElseThrow();
        assertFalse(bloom.isAuto());
        assertTrue(service.autoTerms().stream().noneMatch(t -> Tokens.key(t.term()).contains("bloom filter")));
        assertTrue(service.mentions().of("bf").total() >= 4);
    }

    @Test
    void aDismissedTermStaysDismissedAfterARestart() throws Exception {
        GlossaryService service = open(docs, Fixtures.glossary());
        Term ledgerdb = auto(service, "Ledgerdb");
        assertTrue(service.dismiss(ledgerdb.id()));
        assertTrue(service.glossary().lookup("Ledgerdb").isEmpty());
        assertTrue(service.mentions().of(ledgerdb.id()).isEmpty());
        String file = Files.readString(dataDir.resolve(UserGlossary.FILE_NAME), StandardCharsets.UTF_8);
        assertTrue(file.contains("\"dismissed\""), file);

        GlossaryService again = open(docs, Fixtures.glossary());
        assertTrue(again.glossary().lookup("Ledgerdb").isEmpty());
        assertEquals(List.of("Ledgerdb"), again.dismissed());
        assertTrue(again.glossary().lookup("memtable").isPresent());
        assertFalse(again.dismiss(again.glossary().lookup("memtable").filter(Term::isAuto).orElseThrow().id() + "-no"));
    }

    @Test
    void anAcceptedTermBecomesTheReadersOwnWithTheQuoteAndWhereItIsFrom() throws Exception {
        GlossaryService service = open(docs, Fixtures.glossary());
        Term memtable = auto(service, "memtable");
        Term mine = service.accept(memtable.id());
        assertTrue(mine.isUserDefined());
        assertEquals("The memtable is an in-memory table that holds the newest writes in key order.", mine.definition());
        assertEquals("Quoted from “How the storage engine works”, section “Writes”.", mine.explanation());
        assertEquals(mine, service.glossary().lookup("memtable").orElseThrow());
        // It is the reader's now: editable, and there after a restart, with no automatic twin.
        service.define(UserDefinition.of("memtable", "The table in memory that takes the newest writes."));
        GlossaryService again = open(docs, Fixtures.glossary());
        Term kept = again.glossary().lookup("memtable").orElseThrow();
        assertTrue(kept.isUserDefined());
        assertEquals("The table in memory that takes the newest writes.", kept.definition());
        assertTrue(again.autoTerms().stream().noneMatch(t -> t.term().equalsIgnoreCase("memtable")));
    }

    @Test
    void aTermWithoutAMinedDefinitionCannotBeAcceptedAsIs() {
        GlossaryService service = open(docs, Fixtures.glossary());
        Term ledgerdb = auto(service, "Ledgerdb");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> service.accept(ledgerdb.id()));
        assertTrue(e.getMessage().contains("Define"), e.getMessage());
    }

    @Test
    void theTermsAreKeptOnDiskAndFoundAgainOnlyWhenTheLibraryChanges() throws Exception {
        Glossary bundled = Fixtures.glossary();
        AutoGlossaryCache.Result first = AutoGlossaryCache.load(dataDir, docs, bundled);
        assertFalse(first.fromDisk());
        assertTrue(Files.isRegularFile(dataDir.resolve(AutoGlossaryCache.FILE_NAME)));
        AutoGlossaryCache.Result second = AutoGlossaryCache.load(dataDir, AutoTermFinderTest.docs(), bundled);
        assertTrue(second.fromDisk());
        assertEquals(first.terms(), second.terms());

        List<Article> fewer = new ArrayList<>(docs.articles());
        fewer.remove(0);
        AutoGlossaryCache.Result changed = AutoGlossaryCache.load(dataDir, new Library(fewer), bundled);
        assertFalse(changed.fromDisk());
        // Another bundled glossary leaves other names: found again too.
        assertFalse(AutoGlossaryCache.load(dataDir, new Library(fewer),
                Fixtures.glossary(Fixtures.term("m", "memtable"))).fromDisk());
    }

    @Test
    void aDamagedCacheIsMadeAgain() throws Exception {
        Glossary bundled = Fixtures.glossary();
        AutoGlossaryCache.load(dataDir, docs, bundled);
        Files.writeString(dataDir.resolve(AutoGlossaryCache.FILE_NAME), "{\"algorithm\": 1, \"library\": ");
        AutoGlossaryCache.Result again = AutoGlossaryCache.load(dataDir, docs, bundled);
        assertFalse(again.fromDisk());
        assertFalse(again.terms().isEmpty());
        assertTrue(AutoGlossaryCache.load(dataDir, docs, bundled).fromDisk());
    }
}
