package dev.gloss.core.glossary;

/**
 * One occurrence of a term in a section. {@code start} and {@code end} are offsets into
 * {@code Section.plainText()}, as is {@code sentenceStart}; {@code sentence} is the sentence
 * around the mention, an exact substring of that text, so the mention sits at
 * {@link #startInSentence()} within it. {@code text} is the words as written ("osteoblasts").
 */
public record Mention(String termId, String articleId, String sectionId, int start, int end, String text,
                      String sentence, int sentenceStart) {

    public int startInSentence() {
        return start - sentenceStart;
    }

    public int endInSentence() {
        return end - sentenceStart;
    }
}
