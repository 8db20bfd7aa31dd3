package dev.gloss.cli;

import dev.gloss.core.library.Library;
import dev.gloss.core.userlibrary.UserLibrary;
import picocli.CommandLine.Model.CommandSpec;

/** The library the commands read: bundled articles, then those imported into the --data-dir. */
final class CliLibrary {
    private CliLibrary() {
    }

    /** Loads it, telling on stderr what could not be read, without stopping the command. */
    static Library load(CommandSpec spec) {
        UserLibrary.Loaded loaded = UserLibrary.load(GlossCommand.dataDir(spec));
        loaded.problems().forEach(p -> spec.commandLine().getErr().println("gloss: warning: " + p));
        return loaded.library();
    }
}
