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
        TableView<ImportViewModel.ReportRow> table = new TableView<>(model.reportRows());
        table.getStyleClass().add("import-report");
        table.setAccessibleText("What became of each file");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("File", 200, ImportViewModel.ReportRow::file));
        TableColumn<ImportViewModel.ReportRow, String> status = column("Status", 90, ImportViewModel.ReportRow::statusLabel);
        status.setCellFactory(c -> new StatusCell());
        table.getColumns().add(status);
        table.getColumns().add(column("Details", 380, ImportViewModel.ReportRow::detail));
        table.setRowFactory(t -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(ImportViewModel.ReportRow row, boolean empty) {
                super.updateItem(row, empty);
                setTooltip(empty || row == null ? null : new Tooltip(row.folder() + "\n" + row.detail()));
                setAccessibleText(empty || row == null ? null : row.file() + ": " + row.statusLabel() + ". " + row.detail());
            }
        });
        table.setPrefHeight(Math.min(420, 60 + 28 * Math.max(3, model.reportRows().size())));
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

    private static TableColumn<ImportViewModel.ReportRow, String> column(String title, double width,
                                                                       Function<ImportViewModel.ReportRow, String> value) {
        TableColumn<ImportViewModel.ReportRow, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        return column;
    }

    /** The status in words, coloured by outcome through a style class (both themes). */
    private static final class StatusCell extends TableCell<ImportViewModel.ReportRow, String> {
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
