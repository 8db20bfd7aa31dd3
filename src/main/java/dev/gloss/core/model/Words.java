package dev.gloss.core.model;

/** Word counting and reading time. */
public final class Words {
    /** A comfortable reading speed for informative prose, in words a minute. */
    public static final int WORDS_PER_MINUTE = 230;

    private Words() {
    }

    public static int count(String text) {
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(i));
            if (letter && !inWord) {
                count++;
            }
            inWord = letter;
        }
        return count;
    }

    public static int readingMinutes(int words) {
        return Math.max(1, (int) Math.round(words / (double) WORDS_PER_MINUTE));
    }
}
