package dev.gloss.app.topics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gloss.app.article.ArticleView;
import dev.gloss.app.article.TextBlock;
import dev.gloss.app.reader.ReaderState;
import dev.gloss.app.shell.TestWindows;
import dev.gloss.core.library.BundledLibrary;
import dev.gloss.core.topics.TopicService;
import dev.gloss.core.topics.UserTopics;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TreeCell;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Dragging a section (an article's heading, a Contents entry) onto a topic in the Topics tab puts it there. */
@ExtendWith(ApplicationExtension.class)
class TopicDragTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    Path dataDir;
    private ReaderState model;

    @Start
    void start(Stage stage) throws Exception {
        // One topic of the reader's own, made as the command line makes it, before the window opens.
        TopicService.open(dataDir, Clock.systemUTC()).create(BundledLibrary.load(), "Reading list", null);
        model = TestWindows.show(stage, dataDir);
    }

    @Test
    void aHeadingDraggedOntoATopicGlossFoundPutsItsSectionThere(FxRobot robot) throws Exception {
        robot.clickOn("Topics");
        ArticleView view = robot.lookup(".article-view").queryAs(ArticleView.class);
        TextBlock heading = robot.lookup(".article-view .section-heading").queryAllAs(TextBlock.class).stream()
                .filter(TextBlock::isVisible).findFirst().orElseThrow();
        String sectionId = view.headingSectionAt(heading).orElseThrow();
        assertFalse(topicIdsOf(sectionId).contains("skin"), "the section is not about skin to begin with");
        int before = count("skin");

        ListCell<TopicsViewModel.TopicRow> skin = topicCell(robot, "skin");
        robot.drag(heading);
        for (int i = 0; i < 4; i++) {
            robot.moveBy(4, 4);
        }
        robot.moveTo(skin).moveBy(2, 0).drop();
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(topicIdsOf(sectionId).contains("skin"), "the section is in the topic now");
        assertEquals(before + 1, count("skin"), "the sidebar counts it");
        JsonNode change = entry(saved().path("changes"), "skin");
        assertEquals(List.of(sectionId), strings(change.path("added")), "the reader's choice is kept in topics-user.json");
        robot.clickOn(topicCell(robot, "skin"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(sectionList(robot).getItems().stream().anyMatch(r -> r.sectionId().equals(sectionId)),
                "and listed under the topic");
    }

    @Test
    void aContentsEntryDraggedOntoTheReadersOwnTopicPutsItsSectionThere(FxRobot robot) throws Exception {
        robot.clickOn("Contents");
        @SuppressWarnings("unchecked")
        TreeCell<dev.gloss.core.model.Section> entry = robot.lookup("#contentsList .tree-cell").queryAllAs(TreeCell.class)
                .stream().filter(c -> c.getItem() != null).skip(1).findFirst().orElseThrow();
        String sectionId = entry.getItem().id();
        assertEquals(0, count("u-reading-list"));
        // Carried over the Topics tab, the drag opens it; dropped on the topic, the section is in it.
        robot.drag(entry);
        for (int i = 0; i < 4; i++) {
            robot.moveBy(4, 4);
        }
        robot.moveTo("Topics");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#topicList").query().isVisible(), "the Topics tab opens under the drag");
        robot.moveTo(topicCell(robot, "u-reading-list")).moveBy(2, 0).drop();
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(1, count("u-reading-list"));
        assertTrue(topicIdsOf(sectionId).contains("u-reading-list"));
        JsonNode own = entry(saved().path("topics"), "u-reading-list");
        assertEquals(List.of(sectionId), strings(own.path("added")));
    }

    private List<String> topicIdsOf(String sectionId) {
        return model.topics().topicsProperty().get().topicsOf(sectionId).stream().map(dev.gloss.core.topics.Topic::id).toList();
    }

    private int count(String topicId) {
        return model.topics().topicsProperty().get().count(topicId);
    }

    @SuppressWarnings("unchecked")
    private static ListCell<TopicsViewModel.TopicRow> topicCell(FxRobot robot, String topicId) {
        ListView<TopicsViewModel.TopicRow> list = robot.lookup("#topicList").queryAs(ListView.class);
        robot.interact(() -> list.getItems().stream().filter(r -> r.topic().id().equals(topicId)).findFirst()
                .ifPresent(list::scrollTo));
        return robot.lookup("#topicList .list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> c.getItem() != null && ((TopicsViewModel.TopicRow) c.getItem()).topic().id().equals(topicId))
                .findFirst().orElseThrow(() -> new AssertionError("no row for " + topicId + " in the Topics tab"));
    }

    @SuppressWarnings("unchecked")
    private static ListView<TopicsViewModel.SectionRow> sectionList(FxRobot robot) {
        return robot.lookup("#topicSections").queryAs(ListView.class);
    }

    private JsonNode saved() throws Exception {
        return JSON.readTree(Files.readString(dataDir.resolve(UserTopics.FILE_NAME)));
    }

    private static JsonNode entry(JsonNode entries, String id) {
        for (JsonNode e : entries) {
            if (e.path("id").asText().equals(id)) {
                return e;
            }
        }
        throw new AssertionError("no entry for " + id + " in " + entries);
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
