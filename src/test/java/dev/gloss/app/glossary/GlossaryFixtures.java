package dev.gloss.app.glossary;

import dev.gloss.app.reader.ReaderState;
import dev.gloss.app.tasks.Background;
import dev.gloss.core.glossary.Term;
import dev.gloss.core.library.LibrarySource;
import dev.gloss.core.userlibrary.ImportService;
import dev.gloss.core.userlibrary.UserLibrary;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Glossaries to test against: over the bundled library and the documentation fixture, whose terms Gloss finds. */
final class GlossaryFixtures {
    private GlossaryFixtures() {
    }

    /** A reader and its glossary over the bundled library and the documentation fixture, imported into the data folder. */
    static GlossaryViewModel withDocs(ReaderState r, Path dataDir) throws Exception {
        List<Path> pages = new ArrayList<>();
        Path docs = Files.createDirectories(dataDir.resolve("..").resolve(dataDir.getFileName() + "-docs"));
        for (String page : List.of("storage-engine", "transactions", "operations")) {
            try (var in = GlossaryFixtures.class.getResourceAsStream("/dev/gloss/core/glossary/docs/" + page + ".md")) {
                Path file = docs.resolve(page + ".md");
                Files.write(file, in.readAllBytes());
                pages.add(file);
            }
        }
        ImportService.open(dataDir).importPaths(pages);
        return over(r, dataDir, UserLibrary.source(dataDir));
    }

    /** A reader's glossary over {@code library}, everything run at once, the first frame painted. */
    static GlossaryViewModel over(ReaderState r, Path dataDir, LibrarySource library) {
        GlossaryViewModel g = new GlossaryViewModel(r, Background.sameThread(), dataDir);
        r.load(library, Background.sameThread(), Optional.empty());
        r.startup().firstFramePainted();
        return g;
    }

    /** The term of that name that Gloss found in the articles. */
    static Term auto(GlossaryViewModel g, String name) {
        return g.list().terms().stream().filter(t -> t.isAuto() && t.term().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " in " + g.list().terms()));
    }
}
