package dev.gloss.core.bookmarks;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The content of bookmarks.json: the bookmarks by id, the ids deleted and when (tombstones), and
 * whatever fields a newer version of Gloss wrote that this one does not know, kept to be written
 * back. Immutable: every change returns a new document. The {@code ObjectNode}s are never mutated
 * after construction.
 *
 * <p>Two documents merge like a last-writer-wins map: per id, the later of the bookmark's
 * {@code updated} and its deletion wins. Merging is what lets two windows, or a window and the
 * command line, write the same file without losing each other's changes.
 */
record BookmarkDocument(int version, Map<String, Entry> bookmarks, Map<String, Instant> deleted, ObjectNode unknown) {

    /** The schema this version of Gloss writes. */
    static final int CURRENT_VERSION = 1;

    /** A bookmark and the fields of it that this version does not know. */
    record Entry(Bookmark bookmark, ObjectNode unknown) {
        static Entry of(Bookmark bookmark) {
            return new Entry(bookmark, JsonNodeFactory.instance.objectNode());
        }

        /** The bookmark changed; a colour of a newer version kept as written goes once the reader picks another. */
        Entry with(Bookmark changed) {
            if (changed.colour() != bookmark.colour() && unknown.has("colour")) {
                ObjectNode rest = unknown.deepCopy();
                rest.remove("colour");
                return new Entry(changed, rest);
            }
            return new Entry(changed, unknown);
        }
    }

    BookmarkDocument {
        bookmarks = Collections.unmodifiableMap(new LinkedHashMap<>(bookmarks));
        deleted = Collections.unmodifiableMap(new LinkedHashMap<>(deleted));
    }

    static BookmarkDocument empty() {
        return new BookmarkDocument(CURRENT_VERSION, Map.of(), Map.of(), JsonNodeFactory.instance.objectNode());
    }

    /** The live bookmarks, oldest first. */
    List<Bookmark> live() {
        List<Bookmark> list = new ArrayList<>();
        for (Entry e : bookmarks.values()) {
            list.add(e.bookmark());
        }
        list.sort(Comparator.comparing(Bookmark::created).thenComparing(Bookmark::id));
        return list;
    }

    /** Adds or replaces a bookmark, keeping the unknown fields it had. */
    BookmarkDocument put(Bookmark bookmark) {
        Entry old = bookmarks.get(bookmark.id());
        return putEntry(old == null ? Entry.of(bookmark) : old.with(bookmark));
    }

    BookmarkDocument putEntry(Entry entry) {
        Map<String, Entry> next = new LinkedHashMap<>(bookmarks);
        next.put(entry.bookmark().id(), entry);
        Map<String, Instant> nextDeleted = new LinkedHashMap<>(deleted);
        nextDeleted.remove(entry.bookmark().id());
        return new BookmarkDocument(version, next, nextDeleted, unknown);
    }

    BookmarkDocument remove(String id, Instant at) {
        Map<String, Entry> next = new LinkedHashMap<>(bookmarks);
        next.remove(id);
        Map<String, Instant> nextDeleted = new LinkedHashMap<>(deleted);
        nextDeleted.merge(id, at, (a, b) -> a.isAfter(b) ? a : b);
        return new BookmarkDocument(version, next, nextDeleted, unknown);
    }

    /**
     * This document merged with {@code other}. Per id the latest change wins; on a tie a deletion
     * beats a bookmark, and otherwise {@code other}'s bookmark wins, so a caller passes its own,
     * fresher state as {@code other}. Fields unknown to this version are kept from both.
     */
    BookmarkDocument mergedWith(BookmarkDocument other) {
        Set<String> ids = new HashSet<>(bookmarks.keySet());
        ids.addAll(other.bookmarks.keySet());
        ids.addAll(deleted.keySet());
        ids.addAll(other.deleted.keySet());
        Map<String, Entry> live = new LinkedHashMap<>();
        Map<String, Instant> gone = new LinkedHashMap<>();
        for (String id : ids) {
            Entry entry = later(bookmarks.get(id), other.bookmarks.get(id));
            Instant deletedAt = later(deleted.get(id), other.deleted.get(id));
            if (deletedAt != null && (entry == null || !entry.bookmark().updated().isAfter(deletedAt))) {
                gone.put(id, deletedAt);
            } else if (entry != null) {
                // A tombstone older than the bookmark is superseded: the bookmark wins every later merge too.
                live.put(id, entry);
            }
        }
        ObjectNode mergedUnknown = unknown.deepCopy();
        mergedUnknown.setAll(other.unknown);
        return new BookmarkDocument(Math.max(version, other.version), live, gone, mergedUnknown);
    }

    /** Tombstones older than {@code keep} are dropped: every writer that saved since has already merged them. */
    BookmarkDocument withoutTombstonesBefore(Instant now, Duration keep) {
        Instant cutoff = now.minus(keep);
        Map<String, Instant> kept = new LinkedHashMap<>();
        deleted.forEach((id, at) -> {
            if (at.isAfter(cutoff)) {
                kept.put(id, at);
            }
        });
        return kept.size() == deleted.size() ? this : new BookmarkDocument(version, bookmarks, kept, unknown);
    }

    private static Entry later(Entry mine, Entry theirs) {
        if (mine == null) {
            return theirs;
        }
        if (theirs == null) {
            return mine;
        }
        Entry winner = mine.bookmark().updated().isAfter(theirs.bookmark().updated()) ? mine : theirs;
        Entry loser = winner == mine ? theirs : mine;
        ObjectNode fields = loser.unknown().deepCopy();
        // A colour of a newer version is the colour of the copy that holds it: the winner's, or none.
        fields.remove("colour");
        fields.setAll(winner.unknown());
        return new Entry(winner.bookmark(), fields);
    }

    private static Instant later(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return a.isAfter(b) ? a : b;
    }
}
