package dev.gloss.app.topics;

import dev.gloss.core.topics.Topic;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.GridPane;

import java.util.List;
import java.util.Optional;

/** The small dialogs of the reader's topic changes: a name (and a query), a description, a topic to merge into. */
final class TopicDialogs {
    /** A new topic's name, and its query when it is a saved search (blank when not). */
    record NewTopic(String name, String query) {
    }

    private TopicDialogs() {
    }

    static Optional<NewTopic> newTopic(Node owner, String suggestedName) {
        Dialog<NewTopic> dialog = new Dialog<>();
        dialog.setTitle("New Topic");
        dialog.setHeaderText("Make a topic of your own. With a search, the sections that match it form the "
                + "topic, and it stays current as the library changes.");
        TextField name = new TextField(suggestedName);
        name.setPromptText("Name");
        name.setAccessibleText("The topic's name");
        TextField query = new TextField();
        query.setPromptText("Words to search for (optional)");
        query.setAccessibleText("Words whose sections form the topic, optional");
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label("Name:"), name);
        grid.addRow(1, new Label("Search:"), query);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(name.textProperty().isEmpty());
        dialog.setResultConverter(b -> b == ButtonType.OK ? new NewTopic(name.getText(), query.getText()) : null);
        own(dialog, owner);
        javafx.application.Platform.runLater(name::requestFocus);
        return dialog.showAndWait();
    }

    static Optional<String> text(Node owner, String title, String header, String initial) {
        TextInputDialog dialog = new TextInputDialog(initial);
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        own(dialog, owner);
        return dialog.showAndWait();
    }

    static Optional<Topic> choose(Node owner, String title, String header, List<Topic> topics) {
        if (topics.isEmpty()) {
            return Optional.empty();
        }
        java.util.Map<String, Topic> byLabel = new java.util.LinkedHashMap<>();
        topics.forEach(t -> byLabel.putIfAbsent(byLabel.containsKey(t.name()) ? t.name() + " (" + t.id() + ")" : t.name(), t));
        List<String> labels = List.copyOf(byLabel.keySet());
        ChoiceDialog<String> dialog = new ChoiceDialog<>(labels.get(0), labels);
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        own(dialog, owner);
        return dialog.showAndWait().map(byLabel::get);
    }

    private static void own(Dialog<?> dialog, Node owner) {
        if (owner != null && owner.getScene() != null) {
            dialog.initOwner(owner.getScene().getWindow());
        }
    }
}
