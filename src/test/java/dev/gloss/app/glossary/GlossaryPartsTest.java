package dev.gloss.app.glossary;

import dev.gloss.app.reader.ReaderState;
import dev.gloss.app.tasks.Background;
import dev.gloss.core.glossary.Candidate;
import dev.gloss.core.glossary.Term;
import dev.gloss.core.library.BundledLibrary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the glossary panel shows, part by part: the list, the chosen term's entry, and what Define… and Edit… start from. */
class GlossaryPartsTest {
    @TempDir
    Path dataDir;

    private ReaderState reader;
    private GlossaryViewModel glossary;

    @BeforeEach
    void open() {
        reader = new ReaderState();
        glossary = GlossaryFixtures.over(reader, dataDir, BundledLibrary.source());
    }

    @Test
    void theEntryOfATermOfTheGlossary() {
        glossary.choose("matrix-gla-protein");
        TermEntryViewModel entry = glossary.entry();
        Term term = entry.chosenProperty().get();
        assertEquals("matrix Gla protein", entry.getName());
        assertEquals("Also: MGP", entry.getAliases());
        assertEquals(term.definition(), entry.getDefinition());
        assertEquals(term.explanation(), entry.getExplanation());
        assertFalse(entry.isAuto() || entry.isQuoted() || entry.isUndefined());
        assertEquals("", entry.getQuoteSource());
        int sections = entry.mentions().size();
        int times = entry.mentions().stream().mapToInt(MentionRow::count).sum();
        assertTrue(sections > 1 && times > sections, sections + " sections, " + times + " times");
        assertEquals("Mentioned in " + sections + " sections (" + times + " times)", entry.getMentionsHeading());
        assertTrue(entry.isMentioned());

        glossary.choose("natto");
        assertEquals("", entry.getAliases(), "natto has no other name");
    }

    @Test
    void everyTermShownIsAnnouncedAlsoTheSameOneAgainAfterTheGlossaryChanged() {
        List<String> shown = new ArrayList<>();
        glossary.entry().shown().listen(t -> shown.add(t.id()));
        glossary.choose("osteocalcin");
        glossary.choose("natto");
        assertEquals(List.of("osteocalcin", "natto"), shown);
        int revision = glossary.revisionProperty().get();
        glossary.userGlossaryChanged();
        assertTrue(glossary.revisionProperty().get() > revision);
        assertEquals(List.of("osteocalcin", "natto", "natto"), shown, "shown anew from the glossary opened again");
        assertEquals("natto", glossary.entry().chosenProperty().get().id());
    }

    @Test
    void theListSaysWhenNoTermMatchesAndWhatDefineStartsFrom() {
        TermListViewModel list = glossary.list();
        DefinitionsViewModel definitions = glossary.definitions();
        list.filterProperty().set("osteo");
        assertEquals("osteoblast", list.bestMatch().orElseThrow().id());
        assertEquals("", definitions.draft(Optional.empty()).term(), "the filter names terms the glossary has");
        list.filterProperty().set(" quinoxaline ");
        assertTrue(list.terms().isEmpty());
        assertEquals(Optional.empty(), list.bestMatch());
        assertEquals("No term matches “quinoxaline”. Define… adds your own.", list.getNoMatch());
        assertEquals(new DefinitionsViewModel.Draft("quinoxaline", "", "", ""), definitions.draft(Optional.empty()));
        Candidate eu = glossary.suggestions().candidates().stream().filter(c -> c.text().equals("European Union"))
                .findFirst().orElseThrow();
        assertEquals("European Union", definitions.draft(Optional.of(eu)).term(), "a suggestion picked comes first");
    }

    @Test
    void theListSaysNothingUntilTheGlossaryIsReady() {
        ReaderState r = new ReaderState();
        GlossaryViewModel waiting = new GlossaryViewModel(r, Background.sameThread(), dataDir);
        waiting.list().filterProperty().set("quinoxaline");
        assertEquals("", waiting.list().getNoMatch());
    }

    @Test
    void theEntryOfATermFoundInTheArticlesQuotesThemAndEditStartsFromTheQuote() throws Exception {
        ReaderState r = new ReaderState();
        GlossaryViewModel g = GlossaryFixtures.withDocs(r, dataDir);
        Term memtable = GlossaryFixtures.auto(g, "memtable");
        String quote = g.quoteOf(memtable).orElseThrow().text();
        g.choose(memtable.id());
        TermEntryViewModel entry = g.entry();
        assertTrue(entry.isAuto() && entry.isQuoted() && !entry.isUndefined());
        assertEquals("“" + quote + "”", entry.getDefinition());
        assertEquals("From your articles: How the storage engine works › Writes", entry.getQuoteSource());
        assertEquals(new DefinitionsViewModel.Draft("memtable", String.join(", ", memtable.aliases()), quote,
                "Quoted from “How the storage engine works”, section “Writes”."), g.definitions().draftFrom(memtable));

        Term ledgerdb = GlossaryFixtures.auto(g, "Ledgerdb");
        g.choose(ledgerdb.id());
        assertTrue(entry.isAuto() && entry.isUndefined() && !entry.isQuoted());
        assertEquals("", entry.getQuoteSource());
        assertTrue(entry.getDefinition().startsWith("None of your articles defines it"), entry.getDefinition());
    }

    @Test
    void aDismissedTermIsNoLongerShown() throws Exception {
        ReaderState r = new ReaderState();
        GlossaryViewModel g = GlossaryFixtures.withDocs(r, dataDir);
        Term ledgerdb = GlossaryFixtures.auto(g, "Ledgerdb");
        g.choose(ledgerdb.id());
        assertFalse(g.entry().mentions().isEmpty());
        g.suggestions().dismiss(ledgerdb.id());
        assertNull(g.entry().chosenProperty().get());
        assertTrue(g.entry().mentions().isEmpty() && g.entry().related().isEmpty());
        assertFalse(g.entry().isAuto(), "nor its Accept, Edit… and Dismiss");
    }
}
