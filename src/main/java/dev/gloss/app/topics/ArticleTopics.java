package dev.gloss.app.topics;

import dev.gloss.app.article.SectionDrag;
import dev.gloss.app.article.ArticleView;
import dev.gloss.app.reader.ReaderState;
import javafx.scene.control.MenuItem;

import java.util.List;

/**
 * Topics in the article: a heading's context menu puts its section in a topic or takes it out; so
 * does a chip's; a heading dragged onto a topic in the Topics tab puts its section there.
 */
public final class ArticleTopics {
    private ArticleTopics() {
    }

    public static void attach(ArticleView view, TopicsPanelController topics, ReaderState reader) {
        view.addContextMenuItems(request -> request.onHeading() && request.sectionId().isPresent()
                && reader.topics().topicsProperty().get() != null
                ? topics.headingItems(request.sectionId().get()) : List.of());
        // A drag that begins on a heading carries its section (the heading's words are still
        // selected by a double or triple click, or by a drag begun in the text around it).
        view.addEventHandler(javafx.scene.input.MouseEvent.DRAG_DETECTED, e -> {
            if (e.getButton() != javafx.scene.input.MouseButton.PRIMARY || reader.topics().topicsProperty().get() == null) {
                return;
            }
            view.headingSectionAt(e.getPickResult().getIntersectedNode()).ifPresent(sectionId -> {
                String title = reader.libraryProperty().get() == null ? sectionId : reader.libraryProperty().get()
                        .section(sectionId).map(dev.gloss.core.model.Section::title).orElse(sectionId);
                SectionDrag.start(view, sectionId, title);
                e.consume();
            });
        });
        view.setTopicChipMenu((sectionId, topic) -> {
            MenuItem remove = new MenuItem("Remove This Section from “" + topic.name() + "”");
            remove.setMnemonicParsing(false);
            remove.setOnAction(a -> topics.model().include(topic.id(), sectionId, false));
            MenuItem open = new MenuItem("Show Every Section on “" + topic.name() + "”");
            open.setMnemonicParsing(false);
            open.setOnAction(a -> reader.topicRequests().send(topic.id()));
            return List.of(open, remove);
        });
    }
}
