module dev.gloss {
    requires javafx.controls;
    requires javafx.fxml;
    requires org.controlsfx.controls;
    requires com.fasterxml.jackson.databind;
    requires info.picocli;
    requires org.apache.lucene.core;
    requires org.apache.lucene.analysis.common;
    requires org.apache.lucene.suggest;
    // Lucene looks up JVM facts through the management API; a jlink image must include it.
    requires jdk.management;

    exports dev.gloss.core.model;
    exports dev.gloss.core.ingest;
    exports dev.gloss.core.library;
    exports dev.gloss.core.storage;
    exports dev.gloss.core.search;
    exports dev.gloss.core.corpus;

    opens dev.gloss.core.library to com.fasterxml.jackson.databind;
    opens dev.gloss.cli to info.picocli;
    opens dev.gloss to javafx.graphics;
}
