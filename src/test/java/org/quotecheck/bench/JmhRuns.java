package org.quotecheck.bench;

import java.util.Arrays;
import org.openjdk.jmh.results.RunResult;

/** What the benchmarks' main methods share: the thread counts they run and the median they report. */
final class JmhRuns {

    private JmhRuns() {
    }

    /** One thread, then all cores (once when the machine has one). */
    static int[] threadCounts() {
        return Arrays.stream(new int[] {1, Runtime.getRuntime().availableProcessors()}).distinct().toArray();
    }

    /** The primary score of every measurement iteration, lowest first. */
    static double[] sortedScores(RunResult r) {
        return r.getBenchmarkResults().stream()
                .flatMap(b -> b.getIterationResults().stream())
                .mapToDouble(it -> it.getPrimaryResult().getScore()).sorted().toArray();
    }

    static double median(double[] sorted) {
        double median = sorted[sorted.length / 2];
        return sorted.length % 2 == 0 ? (median + sorted[sorted.length / 2 - 1]) / 2 : median;
    }
}
