package dev.gloss.bench;

import dev.gloss.core.model.Article;
import dev.gloss.core.model.Section;
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

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/** The baseline: a regex over every section's text, for the same queries on the same corpus. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 4)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class ScanBenchmark {

    @Param("10000")
    public int articles;

    @Param("mix")
    public String kind;

    private String[] sections;
    private List<List<Pattern>> queries;
    private int next;

    @Setup(Level.Trial)
    public void load() {
        List<String> texts = new ArrayList<>();
        for (Article article : Corpora.articles(articles)) {
            for (Section section : article.sections()) {
                texts.add(section.plainText());
            }
        }
        sections = texts.toArray(String[]::new);
        queries = QueryMix.texts(kind).stream().map(QueryMix::patterns).toList();
    }

    /** The number of sections holding every pattern of the next query. */
    @Benchmark
    public int scan() {
        List<Pattern> patterns = queries.get(next);
        next = (next + 1) % queries.size();
        int found = 0;
        for (String text : sections) {
            boolean all = true;
            for (Pattern p : patterns) {
                if (!p.matcher(text).find()) {
                    all = false;
                    break;
                }
            }
            if (all) {
                found++;
            }
        }
        return found;
    }
}
