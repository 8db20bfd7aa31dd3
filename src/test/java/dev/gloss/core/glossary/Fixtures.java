package dev.gloss.core.glossary;

import dev.gloss.core.library.Library;
import dev.gloss.core.model.Article;
import dev.gloss.core.model.Paragraph;
import dev.gloss.core.model.Section;
import dev.gloss.core.model.TitleKind;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Small glossaries and libraries built in code, so a test states exactly what it matches against. */
final class Fixtures {
    private Fixtures() {
    }

    static Term term(String id, String name, String... aliases) {
        return new Term(id, name, Arrays.asList(aliases), "The definition of " + name + ".", "", List.of(),
                "test", false, Term.Origin.BUNDLED);
    }

    static Glossary glossary(Term... terms) {
        return new Glossary(List.of(terms));
    }

    /** One article "a" with one section "a/s" per paragraph text; each section holds one paragraph per line. */
    static Library library(String... sectionTexts) {
        List<Section> sections = new ArrayList<>();
        for (int i = 0; i < sectionTexts.length; i++) {
            List<Paragraph> paragraphs = Arrays.stream(sectionTexts[i].split("\n")).map(Paragraph::of).toList();
            sections.add(new Section("a/s" + (i + 1), "Section " + (i + 1), TitleKind.HEADING,
                    new ArrayList<>(paragraphs)));
        }
        return new Library(List.of(new Article("a", "Article", sections, new Article.Origin("a.txt", "text"))));
    }
}
