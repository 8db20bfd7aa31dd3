package dev.gloss.app.reader;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * A stream of requests of one kind between the window's parts ("show this topic", "reveal this
 * passage"): every request reaches every listener, also a request equal to the one before, which a
 * property pulsed with {@code set(null)} then {@code set(x)} only pretended to do. Used on the FX
 * thread. The latest request is kept for a part that starts listening later (a sidebar tab built on
 * first show).
 */
public final class Requests<T> {
    private final List<Consumer<? super T>> listeners = new CopyOnWriteArrayList<>();
    private T latest;

    /**
     * Sends {@code request} to every listener, in the order they started listening; false when no
     * part listens (a window without that part), so that the sender can say so instead.
     */
    public boolean send(T request) {
        latest = Objects.requireNonNull(request, "request");
        listeners.forEach(l -> l.accept(request));
        return !listeners.isEmpty();
    }

    /** Listens to every request from now on; the returned action stops listening. */
    public Runnable listen(Consumer<? super T> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** The last request sent, if any: what a part that has just started listening may still owe. */
    public Optional<T> latest() {
        return Optional.ofNullable(latest);
    }
}
