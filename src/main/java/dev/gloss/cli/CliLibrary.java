package dev.gloss.cli;

import dev.gloss.core.library.Library;
import dev.gloss.core.userlibrary.ImportService;
import dev.gloss.core.userlibrary.UserLibrary;
import picocli.CommandLine.Model.CommandSpec;

/** The library the commands read: bundled articles, then those imported into the --data-dir. */
final class CliLibrary {
    private CliLibrary() {
    }

    /** Loads it, telling on stderr what could not be read, without stopping the command. */
    static Library load(CommandSpec spec) {
        UserLibrary.Loaded loaded = UserLibrary.load(GlossCommand.dataDir(spec));
        // A library that cannot be read would look empty: say so instead.
        loaded.unreadable().ifPresent(why -> {
            throw new UserError(why, 1);
        });
        loaded.problems().forEach(p -> spec.commandLine().getErr().println("gloss: warning: " + p));
        return loaded.library();
    }

    /** The imported articles' service, for a command that changes them; a library that cannot be read stops the command. */
    static ImportService imports(CommandSpec spec) {
        ImportService service = ImportService.open(GlossCommand.dataDir(spec));
        service.unreadable().ifPresent(why -> {
            throw new UserError(why, 1);
        });
        return service;
    }
}
