package dev.gloss.app.reader;

import dev.gloss.app.StartupProbe;
import dev.gloss.app.tasks.Background;
import dev.gloss.core.library.Library;
import dev.gloss.core.library.LibrarySource;
import dev.gloss.core.model.Article;

import java.util.Optional;

/**
 * How the reader's state gets its library: the start article first, read alone, then the whole
 * library in the background, then its topics; and a changed library put in place without a
 * restart. Works on the FX thread, its reading on the background's.
 */
final class LibraryLoading {
    private final ReaderState state;
    private final Background background;

    LibraryLoading(ReaderState state, Background background) {
        this.state = state;
        this.background = background;
    }

    void load(LibrarySource source, Optional<String> startArticleId) {
        StatusLine status = state.status();
        state.setLoading(true);
        if (status.messageProperty().get().isEmpty()) {
            status.show(StatusLine.LOADING);
        }
        Runnable loadLibrary = () -> loadLibrary(source, startArticleId);
        background.task(() -> startArticleId.flatMap(source::article)
                        .or(() -> source.firstArticleId().flatMap(source::article)))
                .onSuccess(first -> {
                    first.ifPresent(state::showFirst);
                    if (state.startup().holdsLibraryUntilFirstFrame() && state.currentArticleProperty().get() != null) {
                        state.startup().whenFirstFramePainted(loadLibrary);
                    } else {
                        loadLibrary.run();
                    }
                })
                .onError(error -> loadLibrary.run())
                .start();
        // Topics go first on the worker: they are ready in a second or two, the glossary's mentions take longer.
        state.startup().whenReadyFirst(loaded -> findTopics(loaded, () -> StartupProbe.mark("GLOSS_TOPICS_READY")));
    }

    private void loadLibrary(LibrarySource source, Optional<String> startArticleId) {
        background.task(source::load).onSuccess(loaded -> {
            state.putLibrary(loaded);
            if (state.status().messageProperty().get().equals(StatusLine.LOADING)) {
                state.status().show("");
            }
            Article shown = state.currentArticleProperty().get();
            Optional<Article> start = Optional.ofNullable(shown).flatMap(a -> loaded.article(a.id()))
                    .or(() -> startArticleId.flatMap(loaded::article))
                    .or(() -> loaded.articles().stream().findFirst());
            if (shown == null || !start.map(shown::equals).orElse(false)) {
                start.ifPresent(a -> state.openArticle(a.id()));
            } else {
                state.visitPlaceShown();
            }
            state.setLoading(false);
            StartupProbe.mark("GLOSS_LIBRARY_READY");
            state.startup().libraryLoaded(loaded);
        }).onError(error -> {
            state.status().show("The library could not be loaded: " + error.getMessage());
            state.setLoading(false);
        }).start();
    }

    void replace(Library replacement) {
        Library before = state.libraryProperty().get();
        Article shown = state.currentArticleProperty().get();
        int shownIndex = state.shownIndex();
        state.putLibrary(replacement);
        if (shown != null) {
            Optional<Article> now = replacement.article(shown.id());
            if (now.isPresent() && !now.get().equals(shown)) {
                state.showUpdated(now.get());
            } else if (now.isEmpty() && !replacement.articles().isEmpty()) {
                int next = Math.max(0, Math.min(shownIndex, replacement.size() - 1));
                state.openArticle(replacement.articles().get(next).id());
            }
        } else if (!replacement.articles().isEmpty()) {
            state.openArticle(replacement.articles().get(0).id());
        }
        if (before == null) {
            state.setLoading(false);
        } else {
            findTopics(replacement, () -> { });
        }
        state.startup().libraryLoaded(replacement);
    }

    private void findTopics(Library of, Runnable then) {
        background.task(() -> state.topics().indexOf(of))
                .onSuccess(computed -> {
                    state.topics().computed(of, computed);
                    then.run();
                })
                .onError(error -> state.status().show("Topics are not available: " + error.getMessage()))
                .start();
    }
}
