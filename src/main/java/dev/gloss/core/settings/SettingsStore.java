package dev.gloss.core.settings;

import dev.gloss.core.concurrent.DebouncedSaver;
import dev.gloss.core.storage.AtomicFiles;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;

/**
 * Keeps the reader's settings in settings.json in the data folder.
 *
 * <p>A missing file means defaults. A file that cannot be parsed means defaults too, with a logged
 * warning, and the file is moved aside (settings.json.broken-TIMESTAMP) so the reader's data is
 * never overwritten; if it cannot even be moved, or cannot be read at all, the store does not
 * write. Changes are saved in the background once they have paused for half a second (scrolling
 * and window dragging change settings many times a second), and at least every few seconds while
 * they go on; {@link #flush()} or {@link #close()} writes what is pending, e.g. at shutdown.
 * Thread-safe: update from any thread.
 */
public final class SettingsStore implements AutoCloseable {
    public static final String FILE_NAME = "settings.json";
    static final Duration SAVE_DELAY = Duration.ofMillis(500);
    /** However often settings change, they are written at least this often. */
    static final Duration MAX_SAVE_WAIT = Duration.ofSeconds(5);
    private static final System.Logger LOG = System.getLogger(SettingsStore.class.getName());

    private final Path file;
    /** This computer's own settings (the window, the sidebar), apart from those that follow the reader. */
    private final Path screenFile;
    private final Clock clock;
    /** Saves shortly after changes stop, and at least every {@link #MAX_SAVE_WAIT} while they go on. */
    private final DebouncedSaver saver;
    private final AtomicReference<Settings> current;
    private final ArrivedPositions arrived;
    private final Optional<Path> keptAside;
    private final boolean writable;
    private final Optional<String> notice;
    private volatile java.util.function.Consumer<String> problemListener = message -> { };
    private volatile boolean failing;

    private final Object lock = new Object();
    /** Held while writing, so a flush and a background save never write at once. */
    private final Object writeLock = new Object();
    private boolean dirty;

    private SettingsStore(Path file, Clock clock, DebouncedSaver.Schedule schedule, Duration delay) {
        this.file = file;
        this.screenFile = ScreenSettings.fileFor(file);
        this.clock = clock;
        this.saver = new DebouncedSaver(delay, delay.compareTo(MAX_SAVE_WAIT) > 0 ? delay : MAX_SAVE_WAIT,
                this::flush, this::saveFailed, schedule);
        Loaded loaded = load(file, screenFile, clock);
        this.current = new AtomicReference<>(loaded.settings());
        this.arrived = new ArrivedPositions(loaded.settings().readingPositions());
        this.keptAside = loaded.keptAside();
        this.writable = loaded.writable();
        this.notice = loaded.notice();
    }

    /**
     * One sentence for the reader when the settings are read but will not be saved (a file written
     * by a newer Gloss, one that cannot be read or moved aside).
     */
    public Optional<String> notice() {
        return notice;
    }

    /**
     * Called with one sentence when saving fails, once until a save succeeds again (a window
     * saves many times a minute; telling every time would be noise).
     */
    public void setProblemListener(java.util.function.Consumer<String> listener) {
        problemListener = java.util.Objects.requireNonNull(listener);
    }

    /** Opens the settings in a data folder, reading them now; saves run on a daemon thread of its own. */
    public static SettingsStore open(Path dataDir) {
        return new SettingsStore(dataDir.resolve(FILE_NAME), Clock.systemUTC(),
                DebouncedSaver.Schedule.ofDaemonThread("gloss-settings-save"), SAVE_DELAY);
    }

    /** For tests: a given clock (for the kept-aside name), schedule (whose time the test moves) and save delay. */
    static SettingsStore open(Path dataDir, Clock clock, DebouncedSaver.Schedule schedule, Duration delay) {
        return new SettingsStore(dataDir.resolve(FILE_NAME), clock, schedule, delay);
    }

    public Path file() {
        return file;
    }

    public Settings current() {
        return current.get();
    }

    /** Where a settings file that could not be read was moved when the store opened, if it was. */
    public Optional<Path> keptAside() {
        return keptAside;
    }

    /** Changes the settings now and saves them shortly, with other changes that follow. */
    public Settings update(UnaryOperator<Settings> change) {
        Settings next = current.updateAndGet(change);
        synchronized (lock) {
            dirty = true;
        }
        saver.changed();
        return next;
    }

    /** The file as it is on disk, for the fields a newer Gloss wrote inside it; null when it cannot be read. */
    private byte[] readIfThere() {
        try {
            return Files.isRegularFile(file) && Files.size(file) < 16L * 1024 * 1024 ? Files.readAllBytes(file) : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** Writes pending changes now. */
    public void flush() throws IOException {
        synchronized (writeLock) {
            Settings snapshot;
            synchronized (lock) {
                if (!dirty || !writable) {
                    return;
                }
                dirty = false;
                snapshot = current.get();
            }
            try {
                byte[] before = readIfThere();
                snapshot = takeArrived(snapshot, before);
                byte[] all = SettingsJson.write(snapshot, ScreenSettings.overlay(before, screenFile));
                // Reading positions carry when they changed, so that copies from other computers merge by article.
                AtomicFiles.write(file, dev.gloss.core.sync.EntryMerge.stamped(dev.gloss.core.sync.SyncedFiles.SETTINGS,
                        before, ScreenSettings.splitOff(all, screenFile), clock.instant()));
                arrived.seen(snapshot.readingPositions());
                failing = false;
            } catch (IOException | RuntimeException e) {
                synchronized (lock) {
                    dirty = true;
                }
                throw e;
            }
        }
    }

    /**
     * Reads the file again for the reading positions another computer put there (through a sync
     * tool, or a merge of its conflict copies) for articles whose position this process has not
     * changed since, takes them, and gives them: the window shows them. Saves also take them, so
     * that a window never writes its old positions over the other computer's.
     */
    public java.util.Map<String, ReadingPosition> pickUpArrived() {
        synchronized (writeLock) {
            Settings before = current.get();
            Settings after = takeArrived(before, readIfThere());
            java.util.Map<String, ReadingPosition> taken = new java.util.LinkedHashMap<>();
            after.readingPositions().forEach((id, p) -> {
                if (!p.equals(before.readingPositions().get(id))) {
                    taken.put(id, p);
                }
            });
            return taken;
        }
    }

    /** {@code ours} with the positions that arrived in the file's {@code bytes}; the current settings take them too. */
    private Settings takeArrived(Settings ours, byte[] bytes) {
        if (bytes == null) {
            return ours;
        }
        Settings onDisk;
        try {
            onDisk = SettingsJson.read(bytes);
        } catch (IOException | RuntimeException unreadable) {
            return ours;
        }
        java.util.Map<String, ReadingPosition> taken = arrived.arrived(ours, onDisk);
        if (taken.isEmpty()) {
            return ours;
        }
        current.updateAndGet(s -> ArrivedPositions.with(s, taken, ours));
        arrived.seen(taken);
        return ArrivedPositions.with(ours, taken, ours);
    }

    /** Writes pending changes and stops saving in the background; later updates are kept until a flush. */
    @Override
    public void close() {
        try {
            saver.close();
        } catch (IOException e) {
            saveFailed(e);
        }
    }

    /** A save failed: said once, until a save succeeds again. */
    private void saveFailed(IOException e) {
        if (!failing) {
            failing = true;
            String message = "Your settings could not be saved to " + file + " ("
                    + dev.gloss.core.storage.IoErrors.describe(e) + "); Gloss will keep trying.";
            LOG.log(Level.WARNING, message);
            problemListener.accept(message);
        }
    }

    private record Loaded(Settings settings, Optional<Path> keptAside, boolean writable, Optional<String> notice) {
        Loaded(Settings settings, Optional<Path> keptAside, boolean writable) {
            this(settings, keptAside, writable, Optional.empty());
        }
    }

    private static Loaded load(Path file, Path screenFile, Clock clock) {
        byte[] bytes;
        try {
            bytes = ScreenSettings.overlay(Files.readAllBytes(file), screenFile);
        } catch (NoSuchFileException e) {
            return new Loaded(Settings.defaults(), Optional.empty(), true);
        } catch (IOException e) {
            String message = "Your settings cannot be read from " + file + " ("
                    + dev.gloss.core.storage.IoErrors.describe(e) + "); Gloss uses the defaults and does not save over the file.";
            LOG.log(Level.WARNING, message);
            return new Loaded(Settings.defaults(), Optional.empty(), false, Optional.of(message));
        }
        try {
            Settings settings = SettingsJson.read(bytes);
            int version = SettingsJson.versionOf(bytes);
            if (version > Settings.VERSION) {
                // Read as far as this version understands, and never written over with a lower version.
                String message = "Your settings in " + file + " were saved by a newer version of Gloss (format "
                        + version + "); they are used as far as this version understands them, and not saved over.";
                LOG.log(Level.WARNING, message);
                return new Loaded(settings, Optional.empty(), false, Optional.of(message));
            }
            return new Loaded(settings, Optional.empty(), true);
        } catch (IOException | RuntimeException broken) {
            return keepAside(file, clock, broken);
        }
    }

    private static Loaded keepAside(Path file, Clock clock, Exception broken) {
        String reason = firstLine(broken.getMessage());
        try {
            Path aside = AtomicFiles.keepAside(file, clock);
            LOG.log(Level.WARNING, "Settings in " + file + " are not valid (" + reason + "); using the defaults. "
                    + "The file was kept as " + aside.getFileName());
            return new Loaded(Settings.defaults(), Optional.of(aside), true);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Settings in " + file + " are not valid (" + reason + ") and could not be "
                    + "moved aside (" + e.getMessage() + "); using the defaults, and not saving over the file");
            return new Loaded(Settings.defaults(), Optional.empty(), false);
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
