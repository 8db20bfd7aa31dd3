package dev.gloss.bench;

import dev.gloss.core.corpus.SyntheticCorpus;
import dev.gloss.core.model.Article;

import java.util.List;

/** The benchmark's corpus: the same articles in every fork, for a given count. */
final class Corpora {

    private Corpora() {
    }

    static List<Article> articles(int count) {
        return SyntheticCorpus.fromBundledLibrary(SyntheticCorpus.DEFAULT_SEED).articles(count);
    }
}
