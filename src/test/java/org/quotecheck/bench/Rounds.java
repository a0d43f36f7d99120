package org.quotecheck.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/** One bounded round of a load script: C clients share N numbered calls; throughput and latency. */
final class Rounds {

    /** Call number {@code i}; true when its answer was right. */
    interface Call {
        boolean call(int i) throws Exception;
    }

    record Result(int done, double seconds, double rate, double p50, double p99, double max, int errors) {
    }

    private Rounds() {
    }

    static Result run(int clients, int total, Duration limit, Call call) throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        long[] latencies = new long[total];
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long deadline = System.nanoTime() + limit.toNanos();
        long t0 = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            running.add(pool.submit(() -> {
                int i;
                while ((i = next.getAndIncrement()) < total && System.nanoTime() < deadline) {
                    long s = System.nanoTime();
                    try {
                        if (!call.call(i)) {
                            errors.incrementAndGet();
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                    latencies[i] = System.nanoTime() - s;
                }
                return null;
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        pool.shutdown();
        int done = Math.min(next.get(), total);
        long[] sorted = Arrays.copyOf(latencies, done);
        Arrays.sort(sorted);
        return new Result(done, seconds, done / seconds, sorted[(int) (done * 0.50)] / 1e6,
                sorted[Math.min(done - 1, (int) (done * 0.99))] / 1e6, sorted[done - 1] / 1e6, errors.get());
    }
}
