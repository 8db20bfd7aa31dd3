package dev.gloss.core.settings;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The reading positions another computer wrote into settings.json while this process held the
 * settings in memory (a sync tool put its file in place of ours): for each article, the position
 * as this process last read it from the file or wrote it there. A position on disk that differs
 * from that, for an article whose position this process has not changed since, arrived from
 * elsewhere and is taken; one this process changed is its own to write. Without this, a window
 * open on a synced folder would write its old positions over, or without, the other computer's.
 * Thread-safe.
 */
final class ArrivedPositions {
    private final Map<String, ReadingPosition> seen = new HashMap<>();

    ArrivedPositions(Map<String, ReadingPosition> loaded) {
        seen.putAll(loaded);
    }

    /** The positions of {@code onDisk} that {@code ours} should take: those it has not changed since they were seen. */
    synchronized Map<String, ReadingPosition> arrived(Settings ours, Settings onDisk) {
        Map<String, ReadingPosition> taken = new LinkedHashMap<>();
        onDisk.readingPositions().forEach((id, theirs) -> {
            ReadingPosition mine = ours.readingPositions().get(id);
            if (Objects.equals(mine, seen.get(id)) && !theirs.equals(mine)) {
                taken.put(id, theirs);
            }
        });
        return taken;
    }

    /** After the file was read or written: these positions are what it holds. */
    synchronized void seen(Map<String, ReadingPosition> positions) {
        seen.putAll(positions);
    }

    /** {@code settings} with these positions, each only where it still has {@code instead}'s position. */
    static Settings with(Settings settings, Map<String, ReadingPosition> taken, Settings instead) {
        Settings out = settings;
        for (Map.Entry<String, ReadingPosition> e : taken.entrySet()) {
            if (Objects.equals(settings.readingPositions().get(e.getKey()), instead.readingPositions().get(e.getKey()))) {
                out = out.withReadingPosition(e.getKey(), e.getValue());
            }
        }
        return out;
    }
}
