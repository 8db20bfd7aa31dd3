package dev.gloss.app.reader;

import dev.gloss.core.library.Library;
import dev.gloss.core.topics.TopicIndex;
import dev.gloss.core.topics.TopicService;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import java.util.function.Supplier;

/**
 * The topics of the library being read: computed once whoever asks first (the topics sidebar, the
 * search index), on any thread, and shown through {@link #topicsProperty()} on the FX thread.
 */
public final class LibraryTopics {
    private final ReadOnlyObjectWrapper<TopicIndex> topics = new ReadOnlyObjectWrapper<>(this, "topics");
    private final Supplier<Library> current;
    private final Object lock = new Object();
    /** The library {@link #computed} was computed for; guarded by {@link #lock}. */
    private Library computedFor;
    private TopicIndex computed;
    private TopicService service = TopicService.inMemory();

    /** {@code current} gives the library being read, on the FX thread. */
    LibraryTopics(Supplier<Library> current) {
        this.current = current;
    }

    /**
     * The topic index of a library, computed once whoever asks first: safe on any thread. The
     * articles a library shares with the one before keep their tags, so after an import only the
     * new ones are tagged.
     */
    public TopicIndex indexOf(Library of) {
        synchronized (lock) {
            if (computedFor != of) {
                computed = service.index(of);
                computedFor = of;
            }
            return computed;
        }
    }

    /** Where the topics come from: the data folder's (discovered topics kept, the reader's own); before the library loads. */
    public void use(TopicService topicService) {
        synchronized (lock) {
            service = topicService;
        }
    }

    public TopicService service() {
        synchronized (lock) {
            return service;
        }
    }

    /**
     * Shows topics computed anew for the current library (the reader changed one, or asked to find
     * them again); on the FX thread. A result for a library since replaced is dropped.
     */
    public void changed(Library of, TopicIndex index) {
        synchronized (lock) {
            if (of != current.get()) {
                return;
            }
            computedFor = of;
            computed = index;
        }
        topics.set(index);
    }

    /** Shows the topics computed for {@code of} if it is still the library being read; on the FX thread. */
    void computed(Library of, TopicIndex index) {
        if (of == current.get()) {
            topics.set(index);
        }
    }

    /** The topic index, once it has been computed in the background; null until then. */
    public ReadOnlyObjectProperty<TopicIndex> topicsProperty() {
        return topics.getReadOnlyProperty();
    }
}
