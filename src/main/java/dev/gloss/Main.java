package dev.gloss;

import dev.gloss.cli.GlossCommand;

/**
 * Starts Gloss: the window without arguments, the command line with them. A separate main class
 * lets the shaded jar start JavaFX from the class path.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            dev.gloss.app.GlossApp.launchWindow(dev.gloss.core.storage.DataDir.resolve(java.util.Optional.empty()));
            return;
        }
        System.exit(GlossCommand.run(args));
    }
}
