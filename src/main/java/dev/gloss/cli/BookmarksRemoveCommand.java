package dev.gloss.cli;

import dev.gloss.core.bookmarks.Bookmark;
import dev.gloss.core.bookmarks.BookmarkStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.util.List;

@Command(name = "remove", mixinStandardHelpOptions = true, description = "Deletes a bookmark.")
final class BookmarksRemoveCommand implements Runnable {

    @Parameters(paramLabel = "ID", description = "The bookmark's id, or enough of its start to tell it apart (`list` shows 8 characters).")
    String id;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        BookmarkStore store = BookmarksCommand.open(spec);
        String removed;
        try {
            List<Bookmark> matches = store.all().stream()
                    .filter(b -> b.id().equals(id) || (id.length() >= 4 && b.id().startsWith(id))).toList();
            if (matches.isEmpty()) {
                throw new UserError("no bookmark with the id '" + id + "'; `gloss bookmarks list` shows them", 1);
            }
            if (matches.size() > 1) {
                throw new UserError("'" + id + "' is the start of " + matches.size() + " bookmarks' ids; give more of it", 1);
            }
            removed = matches.get(0).id();
            store.remove(removed);
        } finally {
            BookmarksCommand.close(store);
        }
        spec.commandLine().getOut().println("removed " + removed);
    }
}
