package dev.gloss.core.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gloss.core.bookmarks.StepClock;
import dev.gloss.core.glossary.Term;
import dev.gloss.core.glossary.UserGlossary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The reader's glossary, held by an open window while the sync tool changes its file underneath. */
class GlossaryWhileSyncedTest {
    @TempDir
    Path data;

    private static Term term(String id, String definition) {
        return new Term(id, id, List.of(), definition, "", List.of(), "", false, Term.Origin.USER);
    }

    @Test
    void aDefinitionThatArrivesWhileTheFileIsHeldIsKeptAndARemovedOneGetsATombstone() throws Exception {
        StepClock clock = new StepClock(Instant.parse("2026-05-01T12:00:00Z"));
        UserGlossary window = new UserGlossary(data, clock);
        window.load();
        List<Term> mine = new ArrayList<>(List.of(term("crema", "The foam on an espresso."), term("tamp", "To press the grounds.")));
        window.save(mine);

        // The other computer's file arrives, with a term of its own.
        clock.advance(Duration.ofMinutes(5));
        UserGlossary elsewhere = new UserGlossary(data, clock);
        List<Term> theirs = new ArrayList<>(elsewhere.load().terms());
        theirs.add(term("ristretto", "A short, strong espresso."));
        elsewhere.save(theirs);

        // The window, which never read it, removes one of its own and saves.
        clock.advance(Duration.ofMinutes(5));
        mine.remove(1);
        window.save(mine);

        JsonNode saved = new ObjectMapper().readTree(data.resolve(UserGlossary.FILE_NAME).toFile());
        List<String> ids = new ArrayList<>();
        saved.path("terms").forEach(t -> ids.add(t.path("id").asText()));
        assertEquals(List.of("crema", "ristretto"), ids);
        assertEquals("tamp", saved.at("/deleted/0/id").asText());
        assertEquals("2026-05-01T12:10:00Z", saved.at("/deleted/0/at").asText());
        assertEquals(List.of("crema", "ristretto"), new UserGlossary(data, clock).load().terms().stream().map(Term::id).toList());
    }
}
