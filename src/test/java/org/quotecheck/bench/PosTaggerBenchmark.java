package org.quotecheck.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.quotecheck.attribution.entity.PosTagger;

/**
 * Throughput of {@link PosTagger} on sentences of the kind the sieve would tag: the reporting
 * sentences around quotations (our own sentences, written for the benchmark). One operation tags
 * every sentence once; {@link #main} reports the median tokens per second per thread, with one
 * thread and with all cores sharing one tagger (as the service would).
 *
 * <p>Run: {@code ./mvnw -Pbench verify} (with the extraction benchmark), or only this one:
 * {@code java -cp ... org.quotecheck.bench.PosTaggerBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
public class PosTaggerBenchmark {

    static final String[] SENTENCES = {
        "“ We will rebuild the bridge before the winter , ” said Jane Porter , the mayor of Millbrook .",
        "Republican state Sen. Arthur Lyle told reporters on Tuesday that the budget was “ a disgrace . ”",
        "Already , county officials have warned that the levee could fail if the river keeps rising .",
        "Marta Quiroga , director of the Center for Rural Health at Eastfield University , said she was “ cautiously hopeful . ”",
        "The agency released a statement calling the report “ deeply flawed ” and promising a review .",
        "“ It is not over , ” he said , adding that the union would appeal the ruling .",
        "In an email to supporters , the campaign said the senator had “ never wavered ” on the issue .",
        "According to a transcript obtained by the Valley Courier , Roe told the board : “ Nobody asked me . ”",
    };

    private final PosTagger tagger = PosTagger.standard();
    private final String[][] tokens = Arrays.stream(SENTENCES).map(s -> s.split(" ")).toArray(String[][]::new);

    @Benchmark
    public void tagSentences(Blackhole sink) {
        for (String[] sentence : tokens) {
            sink.consume(tagger.tag(sentence));
        }
    }

    static int tokensPerOp() {
        return Arrays.stream(SENTENCES).mapToInt(s -> s.split(" ").length).sum();
    }

    public static void main(String[] args) throws RunnerException {
        int tokensPerOp = tokensPerOp();
        List<String> lines = new ArrayList<>();
        for (int threads : JmhRuns.threadCounts()) {
            Options opts = new OptionsBuilder()
                    .include(PosTaggerBenchmark.class.getSimpleName() + ".tagSentences")
                    .threads(threads)
                    .build();
            Collection<RunResult> results = new Runner(opts).run();
            for (RunResult r : results) {
                double[] perIteration = JmhRuns.sortedScores(r);
                double median = JmhRuns.median(perIteration);
                lines.add(String.format(
                        "threads=%d  median %,.0f tokens/s in all, %,.0f tokens/s per thread (min %,.0f, max %,.0f in all;"
                                + " %d tokens per op)",
                        threads, median * tokensPerOp, median * tokensPerOp / threads,
                        perIteration[0] * tokensPerOp, perIteration[perIteration.length - 1] * tokensPerOp,
                        tokensPerOp));
            }
        }
        System.out.println();
        System.out.println("Part-of-speech tagging throughput (OpenNLP UD EWT model):");
        lines.forEach(System.out::println);
    }
}
