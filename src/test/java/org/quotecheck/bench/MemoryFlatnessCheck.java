package org.quotecheck.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.List;
import org.quotecheck.attribution.QuoteExtractor;

/**
 * Runs many extractions through one shared pipeline and prints the heap that stays live after a
 * full GC at checkpoints. A flat series means no cache or registry grows with the work done.
 *
 * <p>Run: {@code ./mvnw -Pbench verify} runs it after the JMH benchmark; the count is
 * {@code -Dquotecheck.bench.extractions} (default 100000).
 */
public final class MemoryFlatnessCheck {

    public static void main(String[] args) throws IOException {
        int total = Integer.getInteger("quotecheck.bench.extractions", 100_000);
        List<String> articles = ExtractionBenchmark.sampleArticles();
        QuoteExtractor extractor = QuoteExtractor.standard();
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long checksum = 0;
        long first = -1;
        long afterWarmUp = -1;
        long last = 0;
        System.out.println("Live heap after full GC, by extractions done:");
        for (int i = 0; i <= total; i++) {
            if (i % (total / 10) == 0) {
                System.gc();
                long used = memory.getHeapMemoryUsage().getUsed();
                if (first < 0) {
                    first = used;
                } else if (afterWarmUp < 0) {
                    afterWarmUp = used;
                }
                last = used;
                System.out.printf("  %,9d extractions: %,8d KB%n", i, used / 1024);
            }
            if (i < total) {
                checksum += extractor.extract(articles.get(i % articles.size())).size();
            }
        }
        // the first tenth loads classes and warms the JIT; growth after it is what would leak
        System.out.printf("Growth over %,d extractions: %+,d KB in all, %+,d KB after the first tenth"
                + " (quotations seen: %,d)%n", total, (last - first) / 1024, (last - afterWarmUp) / 1024,
                checksum);
    }
}
