package dev.gloss.cli;

import dev.gloss.Version;
import dev.gloss.app.GlossApp;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import dev.gloss.core.storage.DataDir;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;

/** The command line: the same core as the window, without a display. */
@Command(name = "gloss",
        mixinStandardHelpOptions = true,
        versionProvider = GlossCommand.VersionProvider.class,
        description = {"Gloss, an offline reader for a library of articles.",
                "Without a command, opens the reader's window."})
public final class GlossCommand implements Runnable {

    /**
     * The commands, in the order help lists them. They are added to picocli as a run needs them:
     * only the one named, or all of them for help and for anything not a command, since picocli
     * reads every command's declarations when it is added.
     */
    private static final java.util.List<Class<?>> COMMANDS = java.util.List.of(ArticlesCommand.class, ShowCommand.class,
            SearchCommand.class, TopicsCommand.class, GlossaryCommand.class, BookmarksCommand.class, SnapshotCommand.class,
            ImportCommand.class, RemoveCommand.class, RestoreCommand.class, ExportCommand.class,
            CommandLine.HelpCommand.class);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Option(names = "--data-dir", paramLabel = "DIR", scope = CommandLine.ScopeType.INHERIT,
            description = "The folder for settings, bookmarks and imported articles "
                    + "(default: $GLOSS_DATA_DIR, else $XDG_DATA_HOME/gloss or ~/.local/share/gloss).")
    Path dataDirOption;

    /**
     * The data folder that applies to any command, from the root command's --data-dir or the
     * defaults; the first time, made ready as every start of Gloss makes it (conflict copies merged).
     */
    static Path dataDir(CommandLine.Model.CommandSpec anyCommand) {
        GlossCommand root = (GlossCommand) anyCommand.root().userObject();
        Path folder = DataDir.resolve(Optional.ofNullable(root.dataDirOption));
        if (!root.prepared) {
            root.prepared = true;
            dev.gloss.core.sync.SyncedFiles.prepare(folder)
                    .ifPresent(notice -> anyCommand.commandLine().getErr().println("gloss: " + notice));
        }
        return folder;
    }

    private boolean prepared;

    /** The names of the commands, read from their declarations without starting picocli. */
    public static java.util.Set<String> commandNames() {
        java.util.Set<String> names = new java.util.HashSet<>(java.util.List.of("help"));
        for (Class<?> sub : COMMANDS) {
            Command c = sub.getAnnotation(Command.class);
            if (c != null) {
                names.add(c.name());
                names.addAll(java.util.List.of(c.aliases()));
            }
        }
        return names;
    }

    /** No command: open the window, on the data folder the options name. */
    @Override
    public void run() {
        GlossApp.launchWindow(dataDir(spec));
    }

    /** Runs the command line and returns its exit code. */
    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    public static int run(PrintWriter rawOut, PrintWriter rawErr, String... args) {
        // Text from articles, notes and file names reaches the terminal only neutralised.
        PrintWriter out = TerminalText.wrap(rawOut);
        PrintWriter err = TerminalText.wrap(rawErr);
        try {
            return run(commandLine(args), out, err, args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** The command line with the commands these arguments may run. */
    static CommandLine commandLine(String... args) {
        CommandLine cli = new CommandLine(new GlossCommand());
        Optional<Class<?>> named = namedCommand(args);
        if (named.isPresent() && named.get() != CommandLine.HelpCommand.class) {
            cli.addSubcommand(named.get());
        } else {
            COMMANDS.forEach(cli::addSubcommand);
        }
        return cli;
    }

    /** The command the arguments name: the first word that is neither an option nor --data-dir's value. */
    static Optional<Class<?>> namedCommand(String... args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--data-dir")) {
                i++;
            } else if (!arg.startsWith("-")) {
                for (Class<?> sub : COMMANDS) {
                    Command c = sub.getAnnotation(Command.class);
                    if (c.name().equals(arg) || java.util.List.of(c.aliases()).contains(arg)) {
                        return Optional.of(sub);
                    }
                }
                return Optional.empty();
            } else if (!arg.startsWith("--data-dir=")) {
                // An option of the root command (--help, --version) or a mistake: picocli explains both.
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static int run(CommandLine cli, PrintWriter out, PrintWriter err, String... args) {
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof UserError userError) {
                commandLine.getErr().println("gloss: " + userError.getMessage());
                return userError.exitCode();
            }
            commandLine.getErr().println("gloss: " + ex.getClass().getSimpleName() + ": " + ex.getMessage());
            return 2;
        });
        return cli.execute(args);
    }

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Gloss " + Version.current()};
        }
    }
}
