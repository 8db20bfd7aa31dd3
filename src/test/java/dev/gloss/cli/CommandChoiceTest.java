package dev.gloss.cli;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Only the command named is given to picocli; help and mistakes still see every command. */
class CommandChoiceTest {
    @Test
    void theCommandIsTheFirstWordThatIsNotAnOptionOrTheDataFolder() {
        assertEquals(Optional.of(SearchCommand.class), GlossCommand.namedCommand("search", "bone"));
        assertEquals(Optional.of(SearchCommand.class), GlossCommand.namedCommand("--data-dir", "search", "search", "x"));
        assertEquals(Optional.of(ShowCommand.class), GlossCommand.namedCommand("--data-dir=/tmp/d", "show", "id"));
        assertEquals(Optional.empty(), GlossCommand.namedCommand("--version"));
        assertEquals(Optional.empty(), GlossCommand.namedCommand("serch", "bone"));
        assertEquals(Optional.empty(), GlossCommand.namedCommand());
    }

    @Test
    void aRunKnowsOnlyItsCommandButHelpListsThemAll() {
        assertEquals(java.util.Set.of("search"), GlossCommand.commandLine("search", "bone").getSubcommands().keySet());
        assertTrue(GlossCommand.commandLine("help").getSubcommands().keySet()
                .containsAll(java.util.List.of("articles", "show", "search", "topics", "glossary", "bookmarks", "import", "export")));
        assertEquals(GlossCommand.commandLine("help").getSubcommands().keySet(),
                GlossCommand.commandLine("--help").getSubcommands().keySet());
    }

    @Test
    void aMistypedCommandIsStillExplained(@org.junit.jupiter.api.io.TempDir Path data) {
        Cli.Run run = Cli.gloss(data, "serch", "bone");
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("search"), run.err());
        Cli.Run help = Cli.gloss(data, "--help");
        assertTrue(help.out().contains("articles") && help.out().contains("export"), help.out());
    }
}
