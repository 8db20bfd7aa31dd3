package dev.gloss.core.ingest;

import dev.gloss.core.model.Article;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A book-length text without headings gets a bounded number of sections, and keeps every paragraph. */
class LongHeadlessTextTest {
    @Test
    void theNumberOfSectionsIsBoundedHoweverLongTheText() throws ImportException {
        Random random = new Random(7);
        String[] vocabulary = new String[3000];
        for (int i = 0; i < vocabulary.length; i++) {
            StringBuilder w = new StringBuilder();
            for (int k = 0, len = 4 + random.nextInt(6); k < len; k++) {
                w.append((char) ('a' + random.nextInt(26)));
            }
            vocabulary[i] = w.toString();
        }
        StringBuilder text = new StringBuilder("A long untitled text\n\n");
        int paragraphs = 6000;
        for (int p = 0; p < paragraphs; p++) {
            int topic = (p / 40) % 30;
            for (int s = 0; s < 3; s++) {
                StringBuilder sentence = new StringBuilder();
                for (int k = 0; k < 12; k++) {
                    sentence.append(sentence.length() == 0 ? "" : " ")
                            .append(vocabulary[topic * 100 + random.nextInt(100)]);
                }
                text.append(Character.toUpperCase(sentence.charAt(0))).append(sentence, 1, sentence.length()).append(". ");
            }
            text.append("\n\n");
        }
        Article a = PlainTextImporter.parse(text.toString(), new Article.Origin("long.txt", "text"));
        assertTrue(a.sections().size() <= HeadlessSectioner.MAX_SECTIONS + 2, a.sections().size() + " sections");
        assertTrue(a.sections().size() > 100, "still divided: " + a.sections().size());
        assertEquals(paragraphs, a.sections().stream().mapToInt(s -> s.blocks().size()).sum(), "no paragraph is lost");
    }

    @Test
    void aTextOfOneWordParagraphsIsDividedWhole() throws ImportException {
        // Hundreds of thousands of groups too small to stand alone, each joined to a neighbour.
        StringBuilder text = new StringBuilder("A list of words\n\n");
        int paragraphs = 300_000;
        for (int p = 0; p < paragraphs; p++) {
            text.append("Word").append(p % 997).append(".\n\n");
        }
        Article a = PlainTextImporter.parse(text.toString(), new Article.Origin("words.txt", "text"));
        assertTrue(a.sections().size() <= HeadlessSectioner.MAX_SECTIONS + 2, a.sections().size() + " sections");
        assertEquals(paragraphs, a.sections().stream().mapToInt(s -> s.blocks().size()).sum(), "no paragraph is lost");
        assertTrue(a.sections().stream().skip(1).allMatch(s -> s.blocks().size() >= HeadlessSectioner.MIN_SECTION_WORDS),
                "every section after the introduction has at least " + HeadlessSectioner.MIN_SECTION_WORDS + " words");
    }

    @Test
    void aTextTooLongToCompareBlockByBlockIsStillCutWhereItsSubjectChanges() throws ImportException {
        // More paragraphs than are compared one by one: runs of them are compared as units.
        Random random = new Random(11);
        int paragraphs = HeadlessSectioner.MAX_UNITS + 8_000;
        int run = 400;
        String[] vocabulary = new String[(paragraphs / run + 1) * 40];
        for (int i = 0; i < vocabulary.length; i++) {
            StringBuilder w = new StringBuilder();
            for (int k = 0, len = 5 + random.nextInt(5); k < len; k++) {
                w.append((char) ('a' + random.nextInt(26)));
            }
            vocabulary[i] = w.toString();
        }
        StringBuilder text = new StringBuilder("A long untitled list\n\n");
        for (int p = 0; p < paragraphs; p++) {
            int topic = p / run;
            StringBuilder sentence = new StringBuilder();
            // Long enough that no group is too short to stand alone: the cuts kept are the sectioner's own.
            for (int k = 0; k < HeadlessSectioner.MIN_SECTION_WORDS / 2 + 1; k++) {
                sentence.append(k == 0 ? "" : " ").append(vocabulary[topic * 40 + random.nextInt(40)]);
            }
            text.append(Character.toUpperCase(sentence.charAt(0))).append(sentence, 1, sentence.length()).append(".\n\n");
        }
        Article a = PlainTextImporter.parse(text.toString(), new Article.Origin("list.txt", "text"));
        assertEquals(paragraphs, a.sections().stream().mapToInt(s -> s.blocks().size()).sum(), "no paragraph is lost");
        assertTrue(a.sections().size() <= HeadlessSectioner.MAX_SECTIONS + 2, a.sections().size() + " sections");
        // Where each section starts, in paragraphs from the first (the introduction holds paragraph 0).
        java.util.Set<Integer> starts = new java.util.HashSet<>();
        int at = 0;
        for (var section : a.sections()) {
            starts.add(at);
            at += section.blocks().size();
        }
        // Compared in runs of this many paragraphs, a cut can be off by as many.
        int per = (paragraphs - 1 + HeadlessSectioner.MAX_UNITS - 1) / HeadlessSectioner.MAX_UNITS;
        int changes = 0;
        int cutThere = 0;
        for (int p = run; p < paragraphs; p += run) {
            changes++;
            for (int d = -per; d <= per; d++) {
                if (starts.contains(p + d)) {
                    cutThere++;
                    break;
                }
            }
        }
        assertTrue(cutThere >= changes * 9 / 10, cutThere + " of " + changes + " changes of subject start a section; sections: "
                + a.sections().stream().limit(12).map(s -> s.blocks().size() + "").toList());
    }
}
