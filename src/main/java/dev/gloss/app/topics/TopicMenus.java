package dev.gloss.app.topics;

import dev.gloss.core.topics.Topic;
import dev.gloss.core.topics.TopicSource;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

import java.util.List;

/**
 * The topics' menus: a topic's in the Topics view (rename, describe, merge, delete) and the
 * items of a heading's menu that put its section in a topic or take it out of one.
 */
final class TopicMenus {
    private final TopicsViewModel model;
    /** What the dialogs the menus open belong to. */
    private final Node owner;
    private final Runnable newTopic;

    TopicMenus(TopicsViewModel model, Node owner, Runnable newTopic) {
        this.model = model;
        this.owner = owner;
        this.newTopic = newTopic;
    }

    void rename(Topic topic) {
        TopicDialogs.text(owner, "Rename Topic", "A new name for “" + topic.name() + "”:", topic.name())
                .filter(name -> !name.isBlank()).ifPresent(name -> model.rename(topic.id(), name));
    }

    ContextMenu topicMenu(Topic topic) {
        MenuItem rename = new MenuItem("Rename…");
        rename.setOnAction(a -> rename(topic));
        MenuItem describe = new MenuItem("Describe…");
        describe.setOnAction(a -> TopicDialogs.text(owner, "Describe Topic", "Your description of “"
                + topic.name() + "” (empty to keep Gloss's):", topic.source() == TopicSource.USER ? topic.description() : "")
                .ifPresent(text -> model.describe(topic.id(), text)));
        MenuItem merge = new MenuItem("Merge Into…");
        merge.setOnAction(a -> TopicDialogs.choose(owner, "Merge Topic", "Move every section of “" + topic.name()
                + "” into:", model.topics().stream().map(TopicsViewModel.TopicRow::topic)
                .filter(t -> !t.isGeneral() && !t.id().equals(topic.id())).toList())
                .ifPresent(into -> model.merge(topic.id(), into.id())));
        MenuItem delete = new MenuItem(topic.source() == TopicSource.USER ? "Delete" : "Hide This Topic");
        delete.setOnAction(a -> model.delete(topic.id()));
        MenuItem create = new MenuItem("New Topic…");
        create.setOnAction(a -> newTopic.run());
        return new ContextMenu(rename, describe, merge, delete, new SeparatorMenuItem(), create);
    }

    /** The items a heading's context menu gets: put the section in a topic, or take it out of one. */
    List<MenuItem> headingItems(String sectionId) {
        Menu add = new Menu("Add to Topic");
        for (Topic t : model.topicsToAdd(sectionId).stream().limit(40).toList()) {
            MenuItem item = new MenuItem(t.name());
            item.setMnemonicParsing(false);
            item.setOnAction(a -> model.include(t.id(), sectionId, true));
            add.getItems().add(item);
        }
        if (!add.getItems().isEmpty()) {
            add.getItems().add(new SeparatorMenuItem());
        }
        MenuItem create = new MenuItem("New Topic…");
        create.setOnAction(a -> TopicDialogs.newTopic(owner, "").ifPresent(t -> model.createWith(t.name(), t.query(), sectionId)));
        add.getItems().add(create);
        Menu remove = new Menu("Remove from Topic");
        for (Topic t : model.topicsOf(sectionId)) {
            if (t.isGeneral()) {
                continue;
            }
            MenuItem item = new MenuItem(t.name());
            item.setMnemonicParsing(false);
            item.setOnAction(a -> model.include(t.id(), sectionId, false));
            remove.getItems().add(item);
        }
        remove.setDisable(remove.getItems().isEmpty());
        return List.of(add, remove);
    }
}
