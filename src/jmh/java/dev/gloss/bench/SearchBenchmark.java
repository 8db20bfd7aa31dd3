package dev.gloss.bench;

import dev.gloss.core.search.SearchIndex;
import dev.gloss.core.search.SearchRequest;
import dev.gloss.core.search.SearchResult;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.util.List;
import java.util.concurrent.TimeUnit;

/** The latency of one search, snippets included, per kind of query and for the mix. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class SearchBenchmark {

    @Param("10000")
    public int articles;

    @Param({"mix", "one-word", "two-words", "phrase", "prefix", "typo"})
    public String kind;

    private SearchIndex index;
    private List<SearchRequest> requests;
    private int next;

    @Setup(Level.Trial)
    public void build() {
        index = SearchIndex.builder().build();
        index.addArticles(Corpora.articles(articles));
        requests = QueryMix.requests(kind);
    }

    @TearDown(Level.Trial)
    public void close() {
        index.close();
    }

    @Benchmark
    public SearchResult search() {
        SearchRequest request = requests.get(next);
        next = (next + 1) % requests.size();
        return index.search(request);
    }
}
