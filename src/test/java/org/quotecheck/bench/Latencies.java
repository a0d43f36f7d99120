package org.quotecheck.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/** A bounded scenario: C clients share N numbered calls; median, p95, p99, throughput, errors. */
final class Latencies {

    record Result(String name, int done, double seconds, double rate, double p50, double p95, double p99, double max,
            int errors, String load) {
        @Override
        public String toString() {
            return String.format("%-44s %6d calls %6.1f s %7.1f/s  p50 %7.1f ms  p95 %7.1f ms  p99 %7.1f ms"
                    + "  max %7.1f ms  errors %d  load %s", name, done, seconds, rate, p50, p95, p99, max, errors, load);
        }
    }

    private Latencies() {
    }

    /** The 1-, 5- and 15-minute load averages of the machine. */
    static String load() {
        try {
            String[] l = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ");
            return l[0] + " " + l[1] + " " + l[2];
        } catch (java.io.IOException e) {
            return "?";
        }
    }

    static Result run(String name, int clients, int total, Duration limit, Rounds.Call call) throws Exception {
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
        int done = Math.max(1, Math.min(next.get(), total));
        long[] sorted = Arrays.copyOf(latencies, done);
        Arrays.sort(sorted);
        Result r = new Result(name, done, seconds, done / seconds, at(sorted, 0.50), at(sorted, 0.95), at(sorted, 0.99),
                sorted[done - 1] / 1e6, errors.get(), load());
        System.out.println(r);
        return r;
    }

    private static double at(long[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) (sorted.length * q))] / 1e6;
    }

    /** The median of some rounds' values. */
    static double median(List<Double> values) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return v.length == 0 ? Double.NaN : v[v.length / 2];
    }
}
