package dev.gloss.app.topics;

import dev.gloss.app.article.ArticleView;
import dev.gloss.app.shell.ReaderViewModel;
import javafx.scene.control.MenuItem;

import java.util.List;

/** Topics in the article: a heading's context menu puts its section in a topic or takes it out; so does a chip's. */
public final class ArticleTopics {
    private ArticleTopics() {
    }

    public static void attach(ArticleView view, TopicsPanelController topics, ReaderViewModel reader) {
        view.addContextMenuItems(request -> request.onHeading() && request.sectionId().isPresent()
                && reader.topicsProperty().get() != null
                ? topics.headingItems(request.sectionId().get()) : List.of());
        view.setTopicChipMenu((sectionId, topic) -> {
            MenuItem remove = new MenuItem("Remove This Section from “" + topic.name() + "”");
            remove.setMnemonicParsing(false);
            remove.setOnAction(a -> topics.model().include(topic.id(), sectionId, false));
            MenuItem open = new MenuItem("Show Every Section on “" + topic.name() + "”");
            open.setMnemonicParsing(false);
            open.setOnAction(a -> reader.showTopic(topic.id()));
            return List.of(open, remove);
        });
    }
}
