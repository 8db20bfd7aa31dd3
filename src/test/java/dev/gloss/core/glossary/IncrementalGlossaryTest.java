package dev.gloss.core.glossary;

import dev.gloss.core.corpus.SyntheticCorpus;
import dev.gloss.core.library.Library;
import dev.gloss.core.model.Article;
import dev.gloss.core.model.Paragraph;
import dev.gloss.core.model.Section;
import dev.gloss.core.model.TitleKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** After an import, the terms found are kept while the library has grown a little, and only the new articles are matched. */
class IncrementalGlossaryTest {
    private static final SyntheticCorpus CORPUS = SyntheticCorpus.fromBundledLibrary(SyntheticCorpus.DEFAULT_SEED);

    @TempDir
    Path dataDir;

    private static List<Article> articles(int from, int to) {
        List<Article> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            out.add(CORPUS.article(i));
        }
        return out;
    }

    private static Library plus(Library library, List<Article> more) {
        List<Article> all = new ArrayList<>(library.articles());
        all.addAll(more);
        return new Library(all);
    }

    @Test
    void termsFoundInALibraryAreKeptWhenAFewArticlesAreAddedAndFoundAgainWhenOneChanges() {
        Glossary bundled = Fixtures.glossary();
        Library library = new Library(articles(0, 120));
        AutoGlossaryCache.Result first = AutoGlossaryCache.load(dataDir, library, bundled);
        assertFalse(first.fromDisk());
        assertFalse(first.terms().isEmpty());

        Library grown = plus(library, articles(120, 140));
        AutoGlossaryCache.Result kept = AutoGlossaryCache.load(dataDir, grown, bundled);
        assertTrue(kept.fromDisk(), "a sixth more articles: the terms are kept");
        assertEquals(first.terms(), kept.terms());
        // Kept again at the next start of the grown library, still measured against the library they were found in.
        assertTrue(AutoGlossaryCache.load(dataDir, plus(grown, articles(140, 149)), bundled).fromDisk());
        assertFalse(AutoGlossaryCache.load(dataDir, plus(grown, articles(140, 150)), bundled).fromDisk(),
                "a quarter more: found again");

        List<Article> changed = new ArrayList<>(library.articles());
        Article a = changed.get(3);
        changed.set(3, new Article(a.id(), a.title(), List.of(new Section(a.id() + "/other", "Other", TitleKind.HEADING,
                List.of(Paragraph.of("Entirely other words about a different matter.")))), a.origin()));
        assertFalse(AutoGlossaryCache.load(dataDir, new Library(changed), bundled).fromDisk(),
                "a changed article: found again");
    }

    @Test
    void aLibraryOfFewArticlesHasItsTermsFoundAgainAfterAnyChange() {
        Glossary bundled = Fixtures.glossary();
        Library library = new Library(articles(0, 40));
        AutoGlossaryCache.load(dataDir, library, bundled);
        assertFalse(AutoGlossaryCache.load(dataDir, plus(library, articles(40, 41)), bundled).fromDisk());
    }

    @Test
    void afterAnImportTheArticlesThatWereThereKeepTheirMentionsAndTheResultIsAsIfAllWereMatched() {
        Library library = new Library(articles(0, 120));
        GlossaryService before = GlossaryService.open(library, dataDir, null);
        Library grown = plus(library, articles(120, 130));
        GlossaryService after = GlossaryService.open(grown, dataDir, before);
        GlossaryService fresh = GlossaryService.open(grown, dataDir, null);

        String kept = library.articles().get(7).sections().get(1).id();
        assertFalse(after.mentions().inSection(kept).isEmpty(), "the synthetic text mentions glossary terms");
        assertSame(before.mentions().inSection(kept), after.mentions().inSection(kept), "taken over, not matched again");
        String added = grown.articles().get(125).sections().get(1).id();
        assertNotSame(before.mentions().inSection(added), after.mentions().inSection(added));
        for (Article a : grown.articles()) {
            for (Section s : a.sections()) {
                assertEquals(fresh.mentions().inSection(s.id()), after.mentions().inSection(s.id()), s.id());
            }
        }
        for (Term t : fresh.glossary().terms()) {
            assertEquals(fresh.mentions().of(t.id()), after.mentions().of(t.id()), t.id());
        }
        assertEquals(fresh.candidates(), after.candidates());
    }
}
