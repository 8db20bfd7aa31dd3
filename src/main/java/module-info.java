module dev.gloss {
    requires javafx.controls;
    requires javafx.fxml;
    requires org.controlsfx.controls;
    requires atlantafx.base;
    requires com.fasterxml.jackson.databind;
    requires info.picocli;
    requires org.jsoup;
    requires org.commonmark;
    requires org.commonmark.ext.gfm.tables;
    requires org.commonmark.ext.gfm.strikethrough;
    requires org.commonmark.ext.footnotes;
    requires com.fasterxml.jackson.dataformat.yaml;
    requires com.fasterxml.jackson.dataformat.toml;
    requires org.apache.lucene.core;
    requires org.apache.lucene.analysis.common;
    requires org.apache.lucene.suggest;
    // Lucene looks up JVM facts through the management API; a jlink image must include it.
    requires jdk.management;

    exports dev.gloss.core.model;
    exports dev.gloss.core.ingest;
    exports dev.gloss.core.library;
    exports dev.gloss.core.storage;
    exports dev.gloss.core.concurrent;
    exports dev.gloss.core.topics;
    exports dev.gloss.core.settings;
    exports dev.gloss.core.bookmarks;
    exports dev.gloss.core.userlibrary;
    exports dev.gloss.core.search;
    exports dev.gloss.core.glossary;

    // JSON documents the core reads and writes.
    opens dev.gloss.core.library to com.fasterxml.jackson.databind;
    opens dev.gloss.core.userlibrary to com.fasterxml.jackson.databind;
    opens dev.gloss.core.topics to com.fasterxml.jackson.databind;
    opens dev.gloss.core.settings to com.fasterxml.jackson.databind;
    opens dev.gloss.core.glossary to com.fasterxml.jackson.databind;

    opens dev.gloss.cli to info.picocli;

    // The window: the application classes and each feature's FXML controllers.
    opens dev.gloss to javafx.graphics;
    opens dev.gloss.app to javafx.graphics;
    opens dev.gloss.app.shell to javafx.fxml;
    opens dev.gloss.app.library to javafx.fxml;
    opens dev.gloss.app.contents to javafx.fxml;
    opens dev.gloss.app.find to javafx.fxml;
    opens dev.gloss.app.topics to javafx.fxml;
    opens dev.gloss.app.search to javafx.fxml;
    opens dev.gloss.app.glossary to javafx.fxml;
    opens dev.gloss.app.bookmarks to javafx.fxml;
    opens dev.gloss.app.imports to javafx.fxml;
    opens dev.gloss.app.reading to javafx.fxml;
    exports dev.gloss.app.article to javafx.fxml;
}
