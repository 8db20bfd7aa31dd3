package dev.gloss.app.topics;

import dev.gloss.app.reader.ReaderState;
import dev.gloss.app.tasks.Background;
import dev.gloss.core.topics.Topic;
import dev.gloss.core.topics.TopicService;
import dev.gloss.core.topics.TopicSource;
import dev.gloss.core.userlibrary.UserLibrary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Topics view's changes, run on the same thread: each is saved and shown at once. */
class TopicsViewModelTest {
    private static final String FRACTURES = "vitamin-k2-and-osteoporosis/fractures-and-osteocalcin";
    @TempDir
    Path dataDir;
    private ReaderState reader;
    private TopicsViewModel topics;

    @BeforeEach
    void load() {
        reader = new ReaderState();
        reader.topics().use(TopicService.open(dataDir, Clock.systemUTC()));
        topics = new TopicsViewModel(reader, Background.sameThread());
        reader.load(UserLibrary.source(dataDir), Background.sameThread(), Optional.empty());
        reader.startup().firstFramePainted();
    }

    private Optional<TopicsViewModel.TopicRow> row(String name) {
        return topics.topics().stream().filter(r -> r.topic().name().equals(name)).findFirst();
    }

    @Test
    void aTopicMadeInTheWindowIsSavedAndListedWithItsSection() throws Exception {
        assertTrue(row("Bone health").isPresent(), topics.topics().toString());
        topics.createWith("Fractures", null, FRACTURES);
        TopicsViewModel.TopicRow made = row("Fractures").orElseThrow();
        assertEquals(TopicSource.USER, made.topic().source());
        assertEquals("Yours", made.origin());
        assertEquals(1, made.count());
        assertEquals(made.topic(), topics.topicsOf(FRACTURES).get(0), "the new topic's chip comes first");
        assertTrue(Files.readString(dataDir.resolve("topics-user.json")).contains(FRACTURES));
        assertTrue(reader.status().messageProperty().get().contains("Fractures"), reader.status().messageProperty().get());

        topics.include("bone-health", FRACTURES, false);
        assertFalse(topics.topicsOf(FRACTURES).stream().anyMatch(t -> t.id().equals("bone-health")));
        assertTrue(topics.topicsToAdd(FRACTURES).stream().map(Topic::id).anyMatch("bone-health"::equals));
        topics.rename(made.topic().id(), "Broken bones");
        assertTrue(row("Broken bones").isPresent());
        topics.delete(made.topic().id());
        assertTrue(row("Broken bones").isEmpty());
    }

    @Test
    void aChangeThatCannotBeMadeIsToldInWords() {
        topics.rename("skin", "Bone health");
        assertTrue(reader.status().messageProperty().get().startsWith("There is already a topic named 'Bone health'"),
                reader.status().messageProperty().get());
        assertTrue(row("Skin").isPresent());
    }
}
