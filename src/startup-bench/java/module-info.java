/**
 * The start-up benchmark: a bare JavaFX stage (the floor Gloss is measured against) and the
 * runner that times both. A module of its own, so that the floor loads nothing of Gloss.
 */
module dev.gloss.bench.startup {
    requires javafx.controls;

    exports dev.gloss.bench.startup to javafx.graphics;
}
