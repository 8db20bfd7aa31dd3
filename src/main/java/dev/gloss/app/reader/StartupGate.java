package dev.gloss.app.reader;

import dev.gloss.core.library.Library;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * When the window's heavy work may start: once the library is loaded and the first article has
 * been painted, so that indexes and mentions never delay the first frame. Used on the FX thread.
 */
public final class StartupGate {
    private final List<Consumer<Library>> readyTasks = new ArrayList<>();
    private final List<Runnable> firstFrameListeners = new ArrayList<>();
    private boolean firstFramePainted;
    private boolean holdLibraryUntilFirstFrame;
    private Library loaded;

    /**
     * Has the reader's state read the rest of the library only once the first article has been
     * painted, so that reading it does not take the processor from the first frame. For a window
     * that is about to be shown (a view reports {@link #firstFramePainted}); without one the
     * library would wait for ever.
     */
    public void holdLibraryUntilFirstFrame() {
        holdLibraryUntilFirstFrame = true;
    }

    boolean holdsLibraryUntilFirstFrame() {
        return holdLibraryUntilFirstFrame;
    }

    /**
     * Runs {@code task} once the library is loaded and the first article has been painted; at
     * once if both have happened.
     */
    public void whenReady(Consumer<Library> task) {
        readyTasks.add(task);
        runReadyTasks();
    }

    /** Like {@link #whenReady}, but before every task already waiting: what must come first. */
    void whenReadyFirst(Consumer<Library> task) {
        readyTasks.add(0, task);
        runReadyTasks();
    }

    /** The window reports that the first article has been painted. */
    public void firstFramePainted() {
        firstFramePainted = true;
        List<Runnable> listeners = new ArrayList<>(firstFrameListeners);
        firstFrameListeners.clear();
        listeners.forEach(Runnable::run);
        runReadyTasks();
    }

    /** Runs {@code listener} once the first article has been painted (at once if it has). */
    public void whenFirstFramePainted(Runnable listener) {
        if (firstFramePainted) {
            listener.run();
        } else {
            firstFrameListeners.add(listener);
        }
    }

    public boolean isFirstFramePainted() {
        return firstFramePainted;
    }

    /** The library is loaded (or replaced before it was): the tasks waiting for it may run. */
    void libraryLoaded(Library library) {
        loaded = library;
        runReadyTasks();
    }

    private void runReadyTasks() {
        if (loaded == null || !firstFramePainted) {
            return;
        }
        List<Consumer<Library>> tasks = new ArrayList<>(readyTasks);
        readyTasks.clear();
        Library library = loaded;
        tasks.forEach(t -> t.accept(library));
    }
}
