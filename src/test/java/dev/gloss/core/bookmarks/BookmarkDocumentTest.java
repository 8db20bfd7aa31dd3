package dev.gloss.core.bookmarks;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The merge that two writers rely on: per id, the latest change wins; deletions are remembered. */
class BookmarkDocumentTest {
    private static final Instant T0 = Instant.parse("2024-05-01T10:00:00Z");

    private static Bookmark bookmark(String id, String note, Instant updated) {
        return new Bookmark(id, "a", "A", "a/s", "S", "", "", "", note, T0, updated, AnchorState.ATTACHED);
    }

    @Test
    void theLaterEditWinsWhicheverSideItIsOn() {
        BookmarkDocument older = BookmarkDocument.empty().put(bookmark("x", "old", T0.plusSeconds(1)));
        BookmarkDocument newer = BookmarkDocument.empty().put(bookmark("x", "new", T0.plusSeconds(2)));
        assertEquals("new", older.mergedWith(newer).bookmarks().get("x").bookmark().note());
        assertEquals("new", newer.mergedWith(older).bookmarks().get("x").bookmark().note());
    }

    @Test
    void aDeletionBeatsOlderCopiesButNotALaterEdit() {
        BookmarkDocument withX = BookmarkDocument.empty().put(bookmark("x", "", T0.plusSeconds(1)));
        BookmarkDocument deleted = withX.remove("x", T0.plusSeconds(2));
        BookmarkDocument merged = withX.mergedWith(deleted);
        assertFalse(merged.bookmarks().containsKey("x"));
        assertEquals(T0.plusSeconds(2), merged.deleted().get("x"));

        BookmarkDocument editedLater = BookmarkDocument.empty().put(bookmark("x", "kept", T0.plusSeconds(3)));
        BookmarkDocument revived = deleted.mergedWith(editedLater);
        assertEquals("kept", revived.bookmarks().get("x").bookmark().note());
        assertTrue(revived.deleted().isEmpty(), "the superseded deletion is forgotten");
    }

    @Test
    void onATieTheDeletionWinsAndOtherwiseTheCallersOwnCopy() {
        BookmarkDocument disk = BookmarkDocument.empty().put(bookmark("x", "disk", T0));
        BookmarkDocument mine = BookmarkDocument.empty().put(bookmark("x", "mine", T0));
        assertEquals("mine", disk.mergedWith(mine).bookmarks().get("x").bookmark().note());
        BookmarkDocument deletedAtSameTime = BookmarkDocument.empty().remove("x", T0);
        assertFalse(disk.mergedWith(deletedAtSameTime).bookmarks().containsKey("x"));
        assertFalse(deletedAtSameTime.mergedWith(disk).bookmarks().containsKey("x"));
    }

    @Test
    void oldDeletionsAreForgotten() {
        BookmarkDocument doc = BookmarkDocument.empty().remove("old", T0).remove("recent", T0.plus(Duration.ofDays(200)));
        BookmarkDocument pruned = doc.withoutTombstonesBefore(T0.plus(Duration.ofDays(210)), BookmarkFile.TOMBSTONE_LIFETIME);
        assertEquals(java.util.Set.of("recent"), pruned.deleted().keySet());
    }

    @Test
    void aFileRoundTripsThroughTheCodec() throws Exception {
        BookmarkDocument doc = BookmarkDocument.empty()
                .put(bookmark("x", "line one\nline two \u201Cquoted\u201D", T0.plusSeconds(5)))
                .remove("y", T0.plusSeconds(6));
        assertEquals(doc, BookmarkCodec.read(BookmarkCodec.write(doc)));
    }
}
