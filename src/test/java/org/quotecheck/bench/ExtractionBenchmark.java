package org.quotecheck.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.quotecheck.attribution.QuoteExtractor;

/**
 * Throughput of the pure core (quotation finding + attribution + name resolution) over the
 * project's sample articles in {@code seeds/}. One operation extracts every sample article once;
 * {@link #main} turns operations per second into megabytes of UTF-8 article text per second, per
 * thread (one thread = one core), and reports the median over measurement iterations.
 *
 * <p>Run: {@code ./mvnw -Pbench verify} (see the README). The pipeline is built once
 * ({@link QuoteExtractor#standard()}) and shared by all threads, as in the service.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
public class ExtractionBenchmark {

    private final QuoteExtractor extractor = QuoteExtractor.standard();
    private String[] articles;

    @Setup
    public void load() throws IOException {
        articles = sampleArticles().toArray(String[]::new);
    }

    @Benchmark
    public void extractSampleArticles(Blackhole sink) {
        for (String article : articles) {
            sink.consume(extractor.extract(article));
        }
    }

    static List<String> sampleArticles() throws IOException {
        Path dir = Path.of(System.getProperty("quotecheck.bench.seeds", "seeds"));
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                texts.add(Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        if (texts.isEmpty()) {
            throw new IllegalStateException("no sample articles (*.txt) in " + dir.toAbsolutePath());
        }
        return texts;
    }

    public static void main(String[] args) throws RunnerException, IOException {
        long bytesPerOp = 0;
        for (String a : sampleArticles()) {
            bytesPerOp += a.getBytes(StandardCharsets.UTF_8).length;
        }
        List<String> lines = new ArrayList<>();
        for (int threads : JmhRuns.threadCounts()) {
            Options opts = new OptionsBuilder()
                    .include(ExtractionBenchmark.class.getSimpleName() + ".extractSampleArticles")
                    .threads(threads)
                    .jvmArgsAppend("-Dquotecheck.bench.seeds="
                            + System.getProperty("quotecheck.bench.seeds", "seeds"))
                    .build();
            Collection<RunResult> results = new Runner(opts).run();
            for (RunResult r : results) {
                double[] perIteration = JmhRuns.sortedScores(r);
                double median = JmhRuns.median(perIteration);
                double mbPerSecond = median * bytesPerOp / 1e6;
                lines.add(String.format(
                        "threads=%d  median %.0f ops/s  = %.2f MB/s in all, %.2f MB/s per thread"
                                + "  (min %.2f, max %.2f MB/s; %d bytes of text per op)",
                        threads, median, mbPerSecond, mbPerSecond / threads,
                        perIteration[0] * bytesPerOp / 1e6,
                        perIteration[perIteration.length - 1] * bytesPerOp / 1e6, bytesPerOp));
            }
        }
        System.out.println();
        System.out.println("Extraction throughput (UTF-8 article text):");
        lines.forEach(System.out::println);
    }
}
