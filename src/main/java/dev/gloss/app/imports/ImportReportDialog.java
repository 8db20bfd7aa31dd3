package dev.gloss.app.imports;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;

import java.util.function.Function;

/** The last import's report: every file with what became of it and why. Esc or Enter closes it. */
final class ImportReportDialog {

    private ImportReportDialog() {
    }

    static void show(Node owner, ImportViewModel model) {
        TableView<ReportRow> table = new TableView<>(model.reportRows());
        table.getStyleClass().add("import-report");
        table.setAccessibleText("What became of each file");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<ReportRow, String> file = column("File", 180, ReportRow::file);
        TableColumn<ReportRow, String> status = column("Status", 100, ReportRow::statusLabel);
        status.setMinWidth(100);
        status.setCellFactory(c -> new StatusCell());
        TableColumn<ReportRow, String> details = column("Details", 440, ReportRow::detail);
        details.setCellFactory(c -> new WrappingCell());
        table.getColumns().add(file);
        table.getColumns().add(status);
        table.getColumns().add(details);
        table.setPrefWidth(740);
        table.setRowFactory(t -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(ReportRow row, boolean empty) {
                super.updateItem(row, empty);
                setTooltip(empty || row == null ? null : new Tooltip(row.folder() + "\n" + row.detail()));
                setAccessibleText(empty || row == null ? null : row.file() + ": " + row.statusLabel() + ". " + row.detail());
            }
        });
        table.setPrefHeight(Math.min(440, 60 + 44 * Math.max(3, model.reportRows().size())));
        Alert alert = new Alert(Alert.AlertType.NONE, "", ButtonType.CLOSE);
        alert.initOwner(owner.getScene().getWindow());
        alert.setTitle("Import Report");
        alert.setHeaderText(model.noticeTextProperty().get());
        alert.getDialogPane().setContent(table);
        alert.getDialogPane().setPrefWidth(760);
        alert.getDialogPane().getStyleClass().add("import-report-dialog");
        alert.setResizable(true);
        alert.setOnShown(e -> table.requestFocus());
        alert.show();
    }

    private static TableColumn<ReportRow, String> column(String title, double width,
                                                                       Function<ReportRow, String> value) {
        TableColumn<ReportRow, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        return column;
    }

    /** A reason can be a sentence or two: it wraps within the column instead of ending in an ellipsis. */
    private static final class WrappingCell extends TableCell<ReportRow, String> {
        private final javafx.scene.text.Text text = new javafx.scene.text.Text();

        WrappingCell() {
            text.getStyleClass().add("text");
            text.wrappingWidthProperty().bind(widthProperty().subtract(12));
            text.fillProperty().bind(textFillProperty());
            setPrefHeight(javafx.scene.control.Control.USE_COMPUTED_SIZE);
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            text.setText(empty || item == null ? "" : item);
            setGraphic(empty ? null : text);
        }
    }

    /** The status in words, coloured by outcome through a style class (both themes). */
    private static final class StatusCell extends TableCell<ReportRow, String> {
        @Override
        protected void updateItem(String text, boolean empty) {
            super.updateItem(text, empty);
            getStyleClass().removeAll("status-imported", "status-updated", "status-duplicate", "status-failed");
            setText(empty ? null : text);
            if (!empty && text != null) {
                getStyleClass().add("status-" + text.toLowerCase(java.util.Locale.ROOT));
            }
        }
    }
}
