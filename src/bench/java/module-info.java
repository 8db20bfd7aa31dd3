/**
 * The start-up benchmark: a bare JavaFX stage (the floor Gloss is measured against) and the
 * runner that times both. A module of its own, so that the floor loads nothing of Gloss.
 */
module dev.gloss.bench {
    requires javafx.controls;

    exports dev.gloss.bench to javafx.graphics;
}
