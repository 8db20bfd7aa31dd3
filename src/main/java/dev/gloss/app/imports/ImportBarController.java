package dev.gloss.app.imports;

import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;

/** The bar above the status bar: an import's progress with Cancel, its outcome with its report, a removal with Undo. */
public final class ImportBarController {
    private final ImportViewModel model;
    @FXML private HBox importBar;
    @FXML private Label noticeLabel;
    @FXML private ProgressBar progressBar;
    @FXML private Button cancelButton;
    @FXML private Button reportButton;
    @FXML private Button undoButton;
    @FXML private Button closeButton;

    public ImportBarController(ImportViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        noticeLabel.textProperty().bind(model.noticeTextProperty());
        progressBar.progressProperty().bind(model.progressProperty());
        shownWhen(importBar, model.noticeProperty().isNotEqualTo(ImportViewModel.Notice.NONE));
        shownWhen(progressBar, model.runningProperty());
        shownWhen(cancelButton, model.runningProperty());
        cancelButton.disableProperty().bind(model.cancellingProperty());
        shownWhen(reportButton, model.noticeProperty().isEqualTo(ImportViewModel.Notice.REPORT)
                .and(Bindings.isNotEmpty(model.reportRows())));
        shownWhen(undoButton, model.undoableProperty().isNotNull());
        shownWhen(closeButton, model.runningProperty().not());
    }

    private static void shownWhen(Node node, javafx.beans.value.ObservableBooleanValue shown) {
        node.visibleProperty().bind(shown);
        node.managedProperty().bind(shown);
    }

    @FXML private void onCancel() {
        model.cancel();
    }

    @FXML private void onShowReport() {
        ImportReportDialog.show(importBar, model);
    }

    @FXML private void onUndo() {
        model.undoRemove();
    }

    @FXML private void onClose() {
        model.dismiss();
    }

    /** Shows the last import's report, for File > Import Report. */
    public void showReport() {
        ImportReportDialog.show(importBar, model);
    }
}
