package dev.gloss.core.search;

import dev.gloss.core.search.UserQuery.Phrase;
import dev.gloss.core.search.UserQuery.Word;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UserQueryTest {

    @Test
    void wordsAreFoldedAndStemmed() {
        List<UserQuery.Part> parts = UserQuery.parse("Bones Café and", false).parts();
        assertEquals(3, parts.size());
        Word bones = (Word) parts.get(0);
        assertEquals("bones", bones.text());
        assertEquals(Optional.of("bone"), bones.stem());
        assertEquals("cafe", ((Word) parts.get(1)).text());
        assertTrue(((Word) parts.get(2)).stem().isEmpty(), "a stop word has no stem");
    }

    @Test
    void quotesAndHyphensMakePhrases() {
        List<UserQuery.Part> parts = UserQuery.parse("\"the gut microbiota\" gut-brain", false).parts();
        Phrase quoted = assertInstanceOf(Phrase.class, parts.get(0));
        assertEquals(List.of(new Highlight.PhraseTerm("gut", 0), new Highlight.PhraseTerm("microbiota", 1)),
                quoted.terms());
        Phrase joined = assertInstanceOf(Phrase.class, parts.get(1));
        assertEquals(2, joined.words().size());
    }

    @Test
    void stopWordsInsideAPhraseKeepTheirPlace() {
        Phrase phrase = (Phrase) UserQuery.parse("\"bone of contention\"", false).parts().get(0);
        assertEquals(List.of(new Highlight.PhraseTerm("bone", 0), new Highlight.PhraseTerm("content", 2)),
                phrase.terms());
    }

    @Test
    void onlyAnUnfinishedLastWordIsAPrefix() {
        assertTrue(((Word) UserQuery.parse("bone osteo", true).parts().get(1)).prefix());
        assertFalse(((Word) UserQuery.parse("bone osteo", true).parts().get(0)).prefix());
        assertFalse(((Word) UserQuery.parse("bone osteo ", true).parts().get(1)).prefix());
        assertFalse(((Word) UserQuery.parse("bone osteo", false).parts().get(1)).prefix());
        assertFalse(((Word) UserQuery.parse("\"osteo\"", true).parts().get(0)).prefix());
    }

    @Test
    void syntaxCharactersAreNotWords() {
        assertTrue(UserQuery.parse("( ) * \\ : ~ ^ \" [ ]", true).parts().isEmpty());
        Word word = (Word) UserQuery.parse("title:", false).parts().get(0);
        assertEquals("title", word.text());
    }

    @Test
    void aLongTextIsCutToItsFirstWords() {
        UserQuery query = UserQuery.parse("calcium ".repeat(1_000), false);
        assertEquals(UserQuery.MAX_WORDS, query.parts().size());
    }
}
