package dev.gloss.bench;

import dev.gloss.core.model.Article;
import dev.gloss.core.search.SearchIndex;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.List;
import java.util.concurrent.TimeUnit;

/** Building the in-memory index of the whole corpus, from articles already in memory. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class IndexBuildBenchmark {

    @Param("10000")
    public int articles;

    private List<Article> corpus;

    @Setup(Level.Trial)
    public void generate() {
        corpus = Corpora.articles(articles);
    }

    @Benchmark
    public int build() {
        try (SearchIndex index = SearchIndex.builder().build()) {
            index.addArticles(corpus);
            return index.sectionCount();
        }
    }
}
