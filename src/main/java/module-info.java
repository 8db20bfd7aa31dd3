module dev.gloss {
    requires javafx.controls;
    requires javafx.fxml;
    requires org.controlsfx.controls;
    requires com.fasterxml.jackson.databind;
    requires info.picocli;

    exports dev.gloss.core.model;
    exports dev.gloss.core.ingest;
    exports dev.gloss.core.library;
    exports dev.gloss.core.storage;
    exports dev.gloss.core.bookmarks;

    opens dev.gloss.core.library to com.fasterxml.jackson.databind;
    opens dev.gloss.cli to info.picocli;
    opens dev.gloss to javafx.graphics;
}
