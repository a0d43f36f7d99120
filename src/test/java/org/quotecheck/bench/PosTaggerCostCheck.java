package org.quotecheck.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import org.quotecheck.attribution.entity.FirstNameGazetteer;
import org.quotecheck.attribution.entity.PosTagger;

/**
 * What the part-of-speech model and the first-name gazetteer cost:
 * <ul>
 * <li>the live heap they keep: used heap after a full GC before and after loading each (the
 *     loaded objects stay reachable), and after tagging with several threads so that the pooled
 *     taggers count too;</li>
 * <li>tagging throughput in tokens per CPU-second of the tagging thread, which other processes on
 *     a shared machine disturb far less than the wall-clock figure of {@link PosTaggerBenchmark}.</li>
 * </ul>
 *
 * <p>Run: {@code ./mvnw -Pbench verify} runs it after the benchmarks.
 */
public final class PosTaggerCostCheck {

    public static void main(String[] args) throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long base = liveHeap(memory);
        FirstNameGazetteer names = FirstNameGazetteer.standard();
        long afterNames = liveHeap(memory);
        PosTagger tagger = PosTagger.standard();
        long afterModel = liveHeap(memory);
        String[] sentence = PosTaggerBenchmark.SENTENCES[0].split(" ");
        Thread[] workers = new Thread[8];
        for (int i = 0; i < workers.length; i++) {
            workers[i] = new Thread(() -> {
                for (int k = 0; k < 2_000; k++) {
                    tagger.tag(sentence);
                }
            });
            workers[i].start();
        }
        for (Thread w : workers) {
            w.join();
        }
        long afterUse = liveHeap(memory);
        System.out.printf("Live heap after full GC: baseline %,d KB%n", base / 1024);
        System.out.printf("  first-name gazetteer (%,d names): %+,d KB%n", names.size(), (afterNames - base) / 1024);
        System.out.printf("  part-of-speech model (%s): %+,d KB%n", tagger.source(), (afterModel - afterNames) / 1024);
        System.out.printf("  after 8 threads x 2,000 taggings (pooled taggers): %+,d KB more%n", (afterUse - afterModel) / 1024);
        System.out.printf("  model + gazetteer + pool in all: %,d KB%n", (afterUse - base) / 1024);
        cpuThroughput(tagger);
        // keep both reachable until the last measurement
        System.out.println("(checks: " + names.gender("Ann") + " " + tagger.tag(sentence).length + ")");
    }

    private static void cpuThroughput(PosTagger tagger) {
        String[][] sentences = Arrays.stream(PosTaggerBenchmark.SENTENCES).map(s -> s.split(" ")).toArray(String[][]::new);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] rounds = new double[10];
        for (int round = -3; round < rounds.length; round++) { // three rounds warm the JIT up
            long tokens = 0;
            long cpu0 = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < 1_000; i++) {
                for (String[] s : sentences) {
                    tokens += tagger.tag(s).length;
                }
            }
            long cpu = threads.getCurrentThreadCpuTime() - cpu0;
            if (round >= 0) {
                rounds[round] = tokens / (cpu / 1e9);
            }
        }
        Arrays.sort(rounds);
        System.out.printf("Tagging, one thread: median %,.0f tokens per CPU-second (min %,.0f, max %,.0f; 10 rounds)%n",
                JmhRuns.median(rounds), rounds[0], rounds[rounds.length - 1]);
    }

    private static long liveHeap(MemoryMXBean memory) throws InterruptedException {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(50);
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}
