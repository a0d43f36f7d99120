package org.quotecheck.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.quotecheck.attribution.QuoteExtractor;

/**
 * The core's cost in megabytes of article text per CPU-second of the extracting thread. JMH measures
 * wall-clock time, which a busy shared machine distorts several-fold; the thread's own CPU time is far
 * steadier, so before/after comparisons of the core use this. Over the folder
 * {@code -Dquotecheck.bench.seeds} (the quotation-dense benchmark articles in {@code ./mvnw -Pbench
 * verify}): 15 CPU-seconds of warm-up, then 10 rounds of 2 CPU-seconds; prints the median, min, max.
 */
public final class ExtractionCostCheck {

    private static final long WARM_UP_NANOS = 15_000_000_000L;
    private static final long ROUND_NANOS = 2_000_000_000L;
    private static final int ROUNDS = 10;

    public static void main(String[] args) throws Exception {
        List<String> texts = ExtractionBenchmark.sampleArticles();
        long bytes = 0;
        for (String t : texts) {
            bytes += t.getBytes(StandardCharsets.UTF_8).length;
        }
        QuoteExtractor extractor = QuoteExtractor.standard();
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long start = cpu.getCurrentThreadCpuTime();
        while (cpu.getCurrentThreadCpuTime() - start < WARM_UP_NANOS) {
            texts.forEach(extractor::extract);
        }
        double[] mbPerCpuSecond = new double[ROUNDS];
        for (int r = 0; r < ROUNDS; r++) {
            long c0 = cpu.getCurrentThreadCpuTime();
            long ops = 0;
            while (cpu.getCurrentThreadCpuTime() - c0 < ROUND_NANOS) {
                texts.forEach(extractor::extract);
                ops++;
            }
            mbPerCpuSecond[r] = ops * bytes / 1e6 / ((cpu.getCurrentThreadCpuTime() - c0) / 1e9);
        }
        Arrays.sort(mbPerCpuSecond);
        System.out.printf("Extraction cost: median %.2f MB of article text per CPU-second (min %.2f, max %.2f; %d articles, %d bytes)%n",
                (mbPerCpuSecond[ROUNDS / 2 - 1] + mbPerCpuSecond[ROUNDS / 2]) / 2, mbPerCpuSecond[0],
                mbPerCpuSecond[ROUNDS - 1], texts.size(), bytes);
    }
}
