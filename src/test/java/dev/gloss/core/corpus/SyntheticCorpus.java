package dev.gloss.core.corpus;

import dev.gloss.core.ingest.ArticleAssembler;
import dev.gloss.core.library.BundledLibrary;
import dev.gloss.core.library.Library;
import dev.gloss.core.model.Article;
import dev.gloss.core.model.Paragraph;
import dev.gloss.core.model.TitleKind;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * A deterministic corpus of synthetic articles, for benchmarks and for testing imports at scale:
 * the same seed gives the same articles on every machine, and article {@code i} does not depend
 * on how many are made. Each has a title, an introduction and three to six headed sections,
 * about {@value #WORDS_PER_ARTICLE} words in all, in the plain-text shape the importer reads:
 * {@link #text(int)} parsed by the importer gives {@link #article(int)}.
 */
public final class SyntheticCorpus {

    public static final long DEFAULT_SEED = 20_240_611L;
    public static final int WORDS_PER_ARTICLE = 600;
    public static final int GENERATED_WORDS = 20_000;
    /** How often a word is one that follows the previous word in the library: it gives real phrases. */
    private static final double FOLLOW_SHARE = 0.45;

    /** An article before it is written out or assembled. */
    private record Draft(String id, String title, List<String> intro, List<DraftSection> sections) {
    }

    private record DraftSection(String heading, List<String> paragraphs) {
    }

    private final Vocabulary vocabulary;
    private final long seed;

    private SyntheticCorpus(Vocabulary vocabulary, long seed) {
        this.vocabulary = vocabulary;
        this.seed = seed;
    }

    /** A corpus drawn from the words of the bundled library. */
    public static SyntheticCorpus fromBundledLibrary(long seed) {
        return of(BundledLibrary.load(), seed);
    }

    public static SyntheticCorpus of(Library library, long seed) {
        return new SyntheticCorpus(Vocabulary.of(library, GENERATED_WORDS, seed), seed);
    }

    /** The number of different words the corpus draws from. */
    public int vocabularySize() {
        return vocabulary.size();
    }

    /** The id of article {@code index}: "synthetic-00042". */
    public static String id(int index) {
        return String.format(Locale.ROOT, "synthetic-%05d", index);
    }

    public List<Article> articles(int count) {
        List<Article> articles = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            articles.add(article(i));
        }
        return articles;
    }

    public Article article(int index) {
        Draft draft = draft(index);
        ArticleAssembler assembler = new ArticleAssembler(draft.id(), draft.title(),
                new Article.Origin(draft.id() + ".txt", "text"));
        draft.intro().forEach(p -> assembler.block(Paragraph.of(p)));
        for (DraftSection section : draft.sections()) {
            assembler.heading(section.heading(), TitleKind.HEADING);
            section.paragraphs().forEach(p -> assembler.block(Paragraph.of(p)));
        }
        return assembler.build();
    }

    /** Article {@code index} as a plain-text file: title, blank lines, headings and paragraphs. */
    public String text(int index) {
        Draft draft = draft(index);
        StringBuilder sb = new StringBuilder(draft.title()).append("\n\n");
        draft.intro().forEach(p -> sb.append(p).append("\n\n"));
        for (DraftSection section : draft.sections()) {
            sb.append(section.heading()).append("\n\n");
            section.paragraphs().forEach(p -> sb.append(p).append("\n\n"));
        }
        return sb.toString().stripTrailing() + "\n";
    }

    /** Writes articles 0 to count-1 to {@code folder} as UTF-8 files named after their ids. */
    public List<Path> writeTextFiles(Path folder, int count) throws IOException {
        Files.createDirectories(folder);
        List<Path> files = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Path file = folder.resolve(id(i) + ".txt");
            Files.writeString(file, text(i), StandardCharsets.UTF_8);
            files.add(file);
        }
        return files;
    }

    private Draft draft(int index) {
        Random random = new Random(seed * 1_000_003L + index);
        int budget = WORDS_PER_ARTICLE - 60 + random.nextInt(121);
        int sectionCount = 3 + random.nextInt(4);
        int introWords = budget / 10;
        List<String> intro = paragraphs(random, introWords);
        List<DraftSection> sections = new ArrayList<>();
        int perSection = (budget - introWords) / sectionCount;
        for (int s = 0; s < sectionCount; s++) {
            int words = perSection - perSection / 5 + random.nextInt(perSection * 2 / 5 + 1);
            sections.add(new DraftSection(titleCase(random, 2 + random.nextInt(4)), paragraphs(random, words)));
        }
        return new Draft(id(index), titleCase(random, 3 + random.nextInt(4)), intro, sections);
    }

    private List<String> paragraphs(Random random, int words) {
        List<String> paragraphs = new ArrayList<>();
        int left = words;
        while (left > 0) {
            int size = Math.min(left, 40 + random.nextInt(81));
            paragraphs.add(paragraph(random, size));
            left -= size;
        }
        return paragraphs;
    }

    private String paragraph(Random random, int words) {
        StringBuilder sb = new StringBuilder();
        int left = words;
        while (left > 0) {
            int length = Math.min(left, 6 + random.nextInt(15));
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sentence(random, length, sb);
            left -= length;
        }
        return sb.toString();
    }

    private void sentence(Random random, int words, StringBuilder sb) {
        String previous = null;
        for (int i = 0; i < words; i++) {
            String word = previous == null ? vocabulary.draw(random)
                    : vocabulary.drawAfter(previous, random, FOLLOW_SHARE);
            if (i == 0) {
                sb.append(Character.toUpperCase(word.charAt(0))).append(word, 1, word.length());
            } else {
                sb.append(random.nextInt(16) == 0 ? ", " : " ").append(word);
            }
            previous = word;
        }
        sb.append('.');
    }

    private String titleCase(Random random, int words) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words; i++) {
            String word = vocabulary.headingWord(random);
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(Character.toUpperCase(word.charAt(0))).append(word, 1, word.length());
        }
        return sb.toString();
    }
}
