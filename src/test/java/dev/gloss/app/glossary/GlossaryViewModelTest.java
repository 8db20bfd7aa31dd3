package dev.gloss.app.glossary;

import dev.gloss.app.article.SectionMark;
import dev.gloss.app.reader.ReaderState;
import dev.gloss.app.tasks.Background;
import dev.gloss.core.glossary.Candidate;
import dev.gloss.core.glossary.Mention;
import dev.gloss.core.glossary.Term;
import dev.gloss.core.glossary.UserGlossary;
import dev.gloss.core.library.BundledLibrary;
import dev.gloss.core.library.Library;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GlossaryViewModelTest {
    private static final Library LIBRARY = BundledLibrary.load();

    @TempDir
    Path dataDir;

    private ReaderState reader;
    private GlossaryViewModel glossary;

    @BeforeEach
    void open() {
        reader = new ReaderState();
        glossary = GlossaryFixtures.over(reader, dataDir, BundledLibrary.source());
    }

    private List<String> listed() {
        return glossary.list().terms().stream().map(Term::id).toList();
    }

    @Test
    void opensOnceTheLibraryIsLoadedWithEveryTermAToZ() {
        assertTrue(glossary.readyProperty().get());
        assertEquals("", glossary.statusProperty().get());
        assertTrue(glossary.list().terms().size() >= 60, "terms: " + glossary.list().terms().size());
        List<String> names = glossary.list().terms().stream().map(t -> t.term().toLowerCase().replace('-', ' ')).toList();
        assertEquals(names.stream().sorted().toList(), names);
        assertFalse(glossary.suggestions().candidates().isEmpty());
    }

    @Test
    void saysItIsGettingReadyUntilTheBackgroundWorkIsDone() {
        List<Runnable> queued = new ArrayList<>();
        Background later = new Background() {
            @Override
            public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onError) {
                queued.add(() -> {
                    try {
                        onSuccess.accept(work.call());
                    } catch (Exception e) {
                        onError.accept(e);
                    }
                });
            }
        };
        ReaderState r = new ReaderState();
        GlossaryViewModel g = new GlossaryViewModel(r, later, dataDir);
        r.load(BundledLibrary.source(), Background.sameThread(), Optional.empty());
        r.startup().firstFramePainted();
        assertEquals("Getting the glossary ready…", g.statusProperty().get());
        assertFalse(g.readyProperty().get());
        g.choose("osteocalcin");
        assertNull(g.entry().chosenProperty().get(), "nothing to show yet");
        assertEquals(1, queued.size());
        queued.get(0).run();
        assertTrue(g.readyProperty().get());
        assertEquals("osteocalcin", g.entry().chosenProperty().get().id(), "the choice made while loading is kept");
    }

    @Test
    void filterFindsByPrefixSubstringAliasAndTypo() {
        glossary.list().filterProperty().set("osteo");
        assertEquals(List.of("osteoblast", "osteocalcin", "osteoclast", "osteoporosis"), listed().subList(0, 4));
        glossary.list().filterProperty().set("calcification");
        assertTrue(listed().containsAll(List.of("calcification", "vascular-calcification")), listed().toString());
        glossary.list().filterProperty().set("MGP");
        assertEquals("matrix-gla-protein", listed().get(0));
        glossary.list().filterProperty().set("osteocalcine");
        assertEquals("osteocalcin", listed().get(0));
        glossary.list().filterProperty().set("");
        assertTrue(glossary.list().terms().size() >= 60);
    }

    @Test
    void choosingATermShowsItsRelatedTermsAndMentions() {
        glossary.choose("matrix-gla-protein");
        Term chosen = glossary.entry().chosenProperty().get();
        assertEquals("matrix Gla protein", chosen.term());
        assertEquals(List.of("MGP"), chosen.aliases());
        assertEquals(List.of("vascular-calcification", "gamma-carboxylation", "osteocalcin", "calcification",
                "vitamin-k2"), glossary.entry().related().stream().map(Term::id).toList());
        MentionRow first = glossary.entry().mentions().get(0);
        assertEquals("vitamin-k2-for-bones-and-heart/what-is-vitamin-k2", first.sectionId());
        assertEquals("What is Vitamin K2?", first.sectionTitle());
        assertEquals("The Crucial Role of Vitamin K2 in Bone Health and Heart Protection", first.articleTitle());
        assertEquals(3, first.count());
        Mention m = first.first();
        assertEquals("matrix Gla protein", m.sentence().substring(m.startInSentence(), m.endInSentence()));
    }

    @Test
    void choosingARelatedTermChoosesIt() {
        glossary.choose("mk-7");
        Term natto = glossary.entry().related().stream().filter(t -> t.id().equals("natto")).findFirst().orElseThrow();
        glossary.choose(natto.id());
        assertEquals("natto", glossary.entry().chosenProperty().get().id());
        assertTrue(glossary.entry().related().stream().anyMatch(t -> t.id().equals("mk-7")));
    }

    @Test
    void choosingATermTheFilterHidesClearsTheFilter() {
        glossary.list().filterProperty().set("osteo");
        glossary.choose("natto");
        assertEquals("", glossary.list().filterProperty().get());
        assertTrue(glossary.list().terms().stream().anyMatch(t -> t.id().equals("natto")));
    }

    @Test
    void openingAMentionOpensItsSectionAndAsksForThePassage() {
        glossary.choose("osteoblast");
        MentionRow row = glossary.entry().mentions().get(glossary.entry().mentions().size() - 1);
        List<Mention> asked = new ArrayList<>();
        glossary.entry().requestedPassages().listen(asked::add);
        glossary.entry().openMention(row);
        assertEquals(row.sectionId(), reader.currentSectionProperty().get().id());
        assertEquals(List.of(row.first()), asked);
        Mention passage = asked.get(0);
        String text = LIBRARY.section(row.sectionId()).orElseThrow().plainText();
        assertTrue(text.substring(passage.start(), passage.end()).toLowerCase().startsWith("osteoblast"));
        glossary.entry().openMention(row);
        assertEquals(List.of(row.first(), row.first()), asked, "the same mention again is asked for again");
    }

    @Test
    void marksTheFirstMentionOfEachTermInASection() {
        String section = "vitamin-k2-for-bones-and-heart/what-is-vitamin-k2";
        List<SectionMark> marks = glossary.article().marksOf(section);
        assertFalse(marks.isEmpty());
        assertEquals(marks.size(), marks.stream().map(SectionMark::key).distinct().count(), "one mark per term");
        String text = LIBRARY.section(section).orElseThrow().plainText();
        SectionMark mgp = marks.stream().filter(m -> m.key().equals("matrix-gla-protein")).findFirst().orElseThrow();
        assertEquals("matrix Gla protein", text.substring(mgp.start(), mgp.end()));
        assertTrue(glossary.article().marksOf("no/such-section").isEmpty());
    }

    @Test
    void lookUpFindsANameAnAliasOrANearMiss() {
        glossary.article().lookUp("MGP");
        assertEquals("matrix-gla-protein", reader.termRequests().latest().orElse(null));
        assertEquals("matrix-gla-protein", glossary.entry().chosenProperty().get().id());
        glossary.article().lookUp(" osteoblasts ");
        assertEquals("osteoblast", glossary.entry().chosenProperty().get().id());
        glossary.article().lookUp("osteocalsin");
        assertEquals("osteocalcin", glossary.entry().chosenProperty().get().id());
    }

    @Test
    void lookUpWithoutAnEntryTellsTheReaderOrHandsOverToSearch() {
        glossary.article().lookUp("osteo");
        assertNull(reader.termRequests().latest().orElse(null), "a mere prefix is not an entry");
        assertEquals("No glossary entry for “osteo”.", reader.status().messageProperty().get());
        List<String> searched = new ArrayList<>();
        reader.searchRequests().listen(searched::add);
        glossary.article().lookUp("intestines");
        assertEquals(List.of("intestines"), searched);
        assertNull(reader.termRequests().latest().orElse(null));
    }

    @Test
    void onlyAWordOrAPhraseIsOfferedForLookUp() {
        assertTrue(ArticleTermsViewModel.canLookUp("matrix Gla protein"));
        assertFalse(ArticleTermsViewModel.canLookUp("  "));
        assertFalse(ArticleTermsViewModel.canLookUp("one line\nanother line"));
        assertFalse(ArticleTermsViewModel.canLookUp("x".repeat(ArticleTermsViewModel.MAX_LOOKUP_LENGTH + 1)));
    }

    @Test
    void aDefinitionIsSavedListedChosenAndMarked() throws Exception {
        Candidate eu = glossary.suggestions().candidates().stream().filter(c -> c.text().equals("European Union")).findFirst()
                .orElseThrow();
        int revision = glossary.revisionProperty().get();
        List<String> errors = new ArrayList<>();
        boolean[] saved = {false};
        glossary.definitions().define(eu.text(), "EU", "The European Union is a union of European states.", "",
                () -> saved[0] = true, errors::add);
        assertEquals(List.of(), errors);
        assertTrue(saved[0]);
        Term term = glossary.entry().chosenProperty().get();
        assertEquals("European Union", term.term());
        assertEquals(List.of("EU"), term.aliases());
        assertTrue(term.isUserDefined());
        assertTrue(glossary.list().terms().contains(term));
        assertTrue(glossary.revisionProperty().get() > revision, "the article marks terms anew");
        String section = eu.sectionIds().get(0);
        assertTrue(glossary.article().marksOf(section).stream().anyMatch(m -> m.key().equals(term.id())));
        assertFalse(glossary.suggestions().candidates().stream().anyMatch(c -> c.text().equals("European Union")));
        assertTrue(Files.readString(dataDir.resolve(UserGlossary.FILE_NAME)).contains("European Union"));
        assertFalse(glossary.entry().mentions().isEmpty());
    }

    @Test
    void badDefinitionsGetTheServicesMessage() {
        List<String> errors = new ArrayList<>();
        Runnable notSaved = () -> errors.add("saved");
        glossary.definitions().define("Japan", "", "  ", "", notSaved, errors::add);
        glossary.definitions().define("osteoblasts", "", "A cell.", "", notSaved, errors::add);
        glossary.definitions().define("", "", "Something.", "", notSaved, errors::add);
        assertEquals(List.of("Write a definition for 'Japan'.",
                "'osteoblasts' is already in the glossary as 'osteoblast'.",
                "A definition needs a term."), errors);
        assertFalse(Files.exists(dataDir.resolve(UserGlossary.FILE_NAME)));
    }

    @Test
    void aliasesAreSplitAtCommas() {
        assertEquals(List.of("MK-7", "menaquinone 7"), DefinitionsViewModel.aliases(" MK-7, menaquinone 7 ,, MK-7"));
        assertEquals(List.of(), DefinitionsViewModel.aliases(""));
    }

    @Test
    void warningsAboutTheReadersDefinitionsGoToTheStatusBar() throws Exception {
        Files.writeString(dataDir.resolve(UserGlossary.FILE_NAME), "{ not json");
        ReaderState r = new ReaderState();
        new GlossaryViewModel(r, Background.sameThread(), dataDir);
        r.load(BundledLibrary.source(), Background.sameThread(), Optional.empty());
        r.startup().firstFramePainted();
        assertTrue(r.status().messageProperty().get().startsWith("Your glossary definitions could not be read"),
                r.status().messageProperty().get());
    }

    @Test
    void markingFollowsTheReadersSetting() {
        assertTrue(glossary.article().markingProperty().get());
        reader.glossaryMarkingProperty().set(false);
        assertFalse(glossary.article().markingProperty().get());
    }

    private GlossaryViewModel withDocs(ReaderState r) throws Exception {
        return GlossaryFixtures.withDocs(r, dataDir);
    }

    private static Term memtable(GlossaryViewModel g) {
        return GlossaryFixtures.auto(g, "memtable");
    }

    @Test
    void termsFoundInTheArticlesAreListedMarkedAndQuotedAsTheirs() throws Exception {
        ReaderState r = new ReaderState();
        GlossaryViewModel g = withDocs(r);
        Term found = memtable(g);
        var quote = g.quoteOf(found).orElseThrow();
        assertEquals("From your articles: How the storage engine works › Writes", g.article().popoverNote(found));
        assertNull(g.article().popoverNote(g.list().terms().stream().filter(t -> !t.isAuto()).findFirst().orElseThrow()));
        g.choose(found.id());
        assertTrue(g.entry().mentions().size() >= 3, "the every-mention list works for it");
        String section = g.entry().mentions().get(0).sectionId();
        assertTrue(g.article().marksOf(section).stream().anyMatch(m -> m.key().equals(found.id())), "marked in the text");
        List<Mention> asked = new ArrayList<>();
        g.entry().requestedPassages().listen(asked::add);
        g.entry().openQuote();
        assertEquals(1, asked.size());
        assertEquals(quote.sectionId(), asked.get(0).sectionId());
        assertEquals(quote.text(), asked.get(0).text());
        assertEquals(quote.sectionId().split("/", 2)[0], r.currentArticleProperty().get().id());
    }

    @Test
    void acceptingMakesATermTheReadersAndDismissingRemovesItForGood() throws Exception {
        ReaderState r = new ReaderState();
        GlossaryViewModel g = withDocs(r);
        Term found = memtable(g);
        List<String> errors = new ArrayList<>();
        g.suggestions().accept(found.id(), errors::add);
        assertEquals(List.of(), errors);
        Term mine = g.entry().chosenProperty().get();
        assertTrue(mine.isUserDefined());
        assertEquals("memtable", mine.term());
        assertEquals("Quoted from “How the storage engine works”, section “Writes”.", mine.explanation());

        Term other = g.list().terms().stream().filter(t -> t.isAuto() && t.term().equals("Ledgerdb")).findFirst().orElseThrow();
        List<String> none = new ArrayList<>();
        g.suggestions().accept(other.id(), none::add);
        assertEquals(1, none.size(), "no definition to accept: " + none);
        g.suggestions().dismiss(other.id());
        assertTrue(g.list().terms().stream().noneMatch(t -> t.term().equals("Ledgerdb")));
        assertTrue(r.status().messageProperty().get().contains("will not be suggested again"), r.status().messageProperty().get());

        ReaderState again = new ReaderState();
        GlossaryViewModel reopened = new GlossaryViewModel(again, Background.sameThread(), dataDir);
        again.load(dev.gloss.core.userlibrary.UserLibrary.source(dataDir), Background.sameThread(), Optional.empty());
        again.startup().firstFramePainted();
        assertTrue(reopened.list().terms().stream().noneMatch(t -> t.term().equals("Ledgerdb")), "dismissed after a restart");
        assertTrue(reopened.list().terms().stream().anyMatch(t -> t.term().equals("memtable") && t.isUserDefined()));
    }
}
