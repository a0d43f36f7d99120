package org.quotecheck.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import org.quotecheck.attribution.entity.FirstNameGazetteer;
import org.quotecheck.attribution.entity.PosTagger;

/**
 * The live heap that the part-of-speech model and the first-name gazetteer keep: used heap after
 * a full GC before and after loading each (the loaded objects stay reachable), and after tagging
 * with several threads so that the pooled taggers count too.
 *
 * <p>Run: {@code ./mvnw -Pbench verify} runs it after the benchmarks.
 */
public final class PosTaggerHeapCheck {

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
        // keep both reachable until the last measurement
        System.out.println(names.gender("Ann") + " " + tagger.tag(sentence).length);
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
