package dev.gloss.core.sync;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EntryMergeTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant T0 = Instant.parse("2026-04-01T08:00:00Z");

    private static ObjectNode doc(String json) throws Exception {
        return (ObjectNode) JSON.readTree(json.replace('\'', '"'));
    }

    private static EntryMerge.Version v(String json, int minutes) throws Exception {
        return new EntryMerge.Version(doc(json), T0.plusSeconds(60L * minutes));
    }

    @Test
    void theLaterEditWinsAndTheOtherIsKeptInTheHistory() throws Exception {
        ObjectNode merged = EntryMerge.merge(SyncedFiles.BOOKMARKS, null,
                v("{'version':1,'bookmarks':[{'id':'a','note':'knead longer','updated':'2026-04-01T08:05:00Z','colour':'yellow'}]}", 5),
                List.of(v("{'version':1,'bookmarks':[{'id':'a','note':'rest overnight','updated':'2026-04-01T08:09:00Z'}]}", 9)));
        assertEquals("rest overnight", merged.at("/bookmarks/0/note").asText());
        assertEquals("yellow", merged.at("/bookmarks/0/colour").asText(), "a field only one side has is kept");
        assertEquals("knead longer", merged.at("/bookmarks/0/history/0/note").asText());
        assertEquals("2026-04-01T08:05:00Z", merged.at("/bookmarks/0/history/0/updated").asText());
    }

    @Test
    void aDeletionKeepsItsTombstoneAndBeatsAnOlderCopy() throws Exception {
        ObjectNode merged = EntryMerge.merge(SyncedFiles.BOOKMARKS, null,
                v("{'version':1,'bookmarks':[],'deleted':[{'id':'a','at':'2026-04-01T08:07:00Z'}]}", 7),
                List.of(v("{'version':1,'bookmarks':[{'id':'a','note':'n','updated':'2026-04-01T08:03:00Z'},"
                        + "{'id':'b','note':'new there','updated':'2026-04-01T08:04:00Z'}]}", 4)));
        assertEquals(1, merged.path("bookmarks").size());
        assertEquals("b", merged.at("/bookmarks/0/id").asText(), "the addition from the other side is kept");
        assertEquals("a", merged.at("/deleted/0/id").asText());
    }

    @Test
    void anEditAfterTheDeletionBringsTheEntryBack() throws Exception {
        ObjectNode merged = EntryMerge.merge(SyncedFiles.BOOKMARKS, null,
                v("{'version':1,'bookmarks':[],'deleted':[{'id':'a','at':'2026-04-01T08:07:00Z'}]}", 7),
                List.of(v("{'version':1,'bookmarks':[{'id':'a','note':'edited later','updated':'2026-04-01T08:08:00Z'}]}", 8)));
        assertEquals("edited later", merged.at("/bookmarks/0/note").asText());
        assertTrue(merged.path("deleted").isEmpty());
    }

    @Test
    void aFileWithoutAnEntryOrItsTombstoneDidNotDeleteIt() throws Exception {
        ObjectNode seen = doc("{'version':1,'terms':[{'id':'crumb','definition':'The inside of a loaf.'}]}");
        ObjectNode merged = EntryMerge.merge(SyncedFiles.GLOSSARY, seen, v("{'version':1,'terms':[]}", 9),
                List.of(v("{'version':1,'terms':[{'id':'crumb','definition':'The inside of a loaf.'}]}", 3)));
        assertEquals("crumb", merged.at("/terms/0/id").asText());
    }

    @Test
    void readingPositionsTakeTheLaterFileAndKeepEveryArticle() throws Exception {
        ObjectNode merged = EntryMerge.merge(SyncedFiles.SETTINGS, null,
                v("{'version':1,'theme':'DARK','readingPositions':{'bread':{'sectionId':'bread/proof','scroll':0.4},"
                        + "'tea':{'sectionId':'tea/intro','scroll':0}}}", 3),
                List.of(v("{'version':1,'theme':'LIGHT','readingPositions':{'bread':{'sectionId':'bread/bake','scroll':0.9},"
                        + "'rust':{'sectionId':'rust/ownership','scroll':0.2}}}", 8)));
        assertEquals("bread/bake", merged.at("/readingPositions/bread/sectionId").asText());
        assertEquals("tea/intro", merged.at("/readingPositions/tea/sectionId").asText());
        assertEquals("rust/ownership", merged.at("/readingPositions/rust/sectionId").asText());
        assertEquals("LIGHT", merged.path("theme").asText(), "the later file's choices");
        assertFalse(merged.has("deleted"));
    }

    @Test
    void writersThatKnowNothingOfSyncingAreStampedAsTheySave() throws Exception {
        Instant now = T0.plusSeconds(600);
        ObjectNode before = doc("{'version':1,'topics':[{'id':'baking','name':'Baking'},{'id':'tea','name':'Tea'}]}");
        ObjectNode after = doc("{'version':1,'topics':[{'id':'baking','name':'Baking bread'},{'id':'rust','name':'Rust'}]}");
        ObjectNode stamped = EntryMerge.stamp(SyncedFiles.TOPICS, before, after, now);
        assertEquals(now.toString(), stamped.at("/topics/0/updated").asText());
        assertEquals(now.toString(), stamped.at("/topics/1/updated").asText());
        assertEquals("tea", stamped.at("/deleted/0/id").asText());
        // Saved again unchanged: the times stay.
        ObjectNode again = EntryMerge.stamp(SyncedFiles.TOPICS, stamped, stamped.deepCopy(), now.plusSeconds(60));
        assertEquals(now.toString(), again.at("/topics/0/updated").asText());
        assertEquals(stamped, again);
    }

    @Test
    void mergingIsStableOnceMerged() throws Exception {
        EntryMerge.Version main = v("{'version':1,'terms':[{'id':'a','definition':'x','updated':'2026-04-01T08:01:00Z'}]}", 1);
        EntryMerge.Version copy = v("{'version':1,'terms':[{'id':'a','definition':'y','updated':'2026-04-01T08:02:00Z'}]}", 2);
        ObjectNode once = EntryMerge.merge(SyncedFiles.GLOSSARY, null, main, List.of(copy));
        ObjectNode twice = EntryMerge.merge(SyncedFiles.GLOSSARY, once, new EntryMerge.Version(once, T0), List.of());
        assertEquals(once, twice);
        ObjectNode thrice = EntryMerge.merge(SyncedFiles.GLOSSARY, null, new EntryMerge.Version(once, T0),
                List.of(new EntryMerge.Version(once.deepCopy(), T0)));
        assertEquals(once, thrice);
    }
}
