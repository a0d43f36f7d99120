package org.quotecheck.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;

/**
 * End-to-end ingest load (issue 12): starts the packaged application against an embedded
 * PostgreSQL (as {@link ExtractionLoadTest} does) and measures (1) a bulk NDJSON import of N
 * distinct ~5 KB articles, uploaded in parts below the upload limit, from the first upload to the
 * last job done, sampling the heap in use from {@code /q/metrics} meanwhile; then (2) {@code POST
 * /api/v1/articles} of distinct articles with C concurrent clients, in rounds.
 *
 * <p>Run: {@code ./mvnw -Pload-ingest verify}. Knobs: {@code quotecheck.ingest.articles} (100000),
 * {@code .part} lines per upload (10000), {@code .clients} (8), {@code .requests} per round (3000),
 * {@code .rounds} (3; 0 skips the POST phase, as 0 articles skips the bulk one), {@code
 * quotecheck.load.heap} (the application's -Xmx, 512m), {@code quotecheck.load.statements} (print
 * that many of PostgreSQL's costliest statements per phase, see {@link Statements}).
 */
public final class IngestLoadTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    public static void main(String[] args) throws Exception {
        int articles = Integer.getInteger("quotecheck.ingest.articles", 100_000);
        int part = Integer.getInteger("quotecheck.ingest.part", 10_000);
        int clients = Integer.getInteger("quotecheck.ingest.clients", 8);
        int requests = Integer.getInteger("quotecheck.ingest.requests", 3_000);
        int rounds = Integer.getInteger("quotecheck.ingest.rounds", 3);
        Corpus article = corpus(System.getProperty("quotecheck.ingest.corpus", "synthetic"));
        System.out.printf("Articles: %s, %,d bytes each on average; bulk: %,d articles in parts of %,d; POST: %d clients,"
                + " %d rounds of %,d%n", article.name(), article.averageBytes(), articles, part, clients, rounds, requests);
        int port = Integer.getInteger("quotecheck.load.port", 18081);
        try (EmbeddedPostgres pg = Statements.server().start()) {
            Process app = ExtractionLoadTest.startApplication(pg.getJdbcUrl("postgres", "postgres"), port);
            try {
                URI base = URI.create("http://127.0.0.1:" + port);
                ExtractionLoadTest.awaitReady(base, app);
                HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                        .executor(Executors.newFixedThreadPool(clients)).build();
                CpuMeter cpu = new CpuMeter(app, pg.getPort());
                if (articles > 0) {
                    Statements.reset(pg);
                    bulk(http, base, article, articles, part, cpu);
                    Statements.print(pg, "bulk");
                }
                if (rounds > 0) {
                    Statements.reset(pg);
                    posts(http, base, article, clients, requests, rounds, cpu);
                    Statements.print(pg, "POST");
                }
            } finally {
                app.destroy();
                app.waitFor();
            }
        }
        System.exit(0);
    }

    private static String auth() {
        return "Basic " + Base64.getEncoder().encodeToString(("admin:" + ExtractionLoadTest.ADMIN_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The benchmark's articles: {@code synthetic} (default) gives every article its own speakers and
     * quotations ({@link SyntheticNews}, people quoted with a long tail, a tenth of the quotes
     * circulating between articles), as real news does; {@code same} repeats the sample article
     * under numbered headlines, so that every article names the same speakers and every quotation
     * joins the same clusters: the worst case for lock contention.
     */
    interface Corpus {
        String name();

        String article(String run, long i);

        default int averageBytes() {
            long sum = 0;
            for (int i = 0; i < 100; i++) {
                sum += article("size", i).getBytes(StandardCharsets.UTF_8).length;
            }
            return (int) (sum / 100);
        }
    }

    static Corpus corpus(String name) throws java.io.IOException {
        if (name.equals("same")) {
            String sample = ExtractionBenchmark.sampleArticles().get(0);
            String article = sample.length() > 5_000 ? sample.substring(0, sample.lastIndexOf("\n\n", 5_000)) : sample;
            return new Corpus() {
                public String name() {
                    return "the sample article under numbered headlines";
                }

                public String article(String run, long i) {
                    return "Report " + run + "-" + i + "\n\n" + article;
                }
            };
        }
        if (!name.equals("synthetic")) {
            throw new IllegalArgumentException("quotecheck.ingest.corpus is synthetic or same, not " + name);
        }
        SyntheticNews news = new SyntheticNews(42, 20_000);
        return new Corpus() {
            public String name() {
                return "synthetic news (SyntheticNews, 20,000 people)";
            }

            public String article(String run, long i) {
                // every run draws other articles: a run's articles are new to the database
                return news.article(Math.floorMod(run.hashCode(), 1_000) * 10_000_000L + i);
            }
        };
    }

    private static void bulk(HttpClient http, URI base, Corpus article, int articles, int part, CpuMeter cpu) throws Exception {
        String run = Long.toString(System.nanoTime(), 36);
        List<Path> files = new ArrayList<>();
        for (int from = 0; from < articles; from += part) {
            Path file = Files.createTempFile("quotecheck-import-", ".ndjson");
            try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                for (int i = from; i < Math.min(articles, from + part); i++) {
                    w.write(JSON.writeValueAsString(Map.of("text", article.article(run, i), "title", "Report " + i)));
                    w.write('\n');
                }
            }
            files.add(file);
        }
        java.time.Duration[] cpu0 = cpu.now();
        long t0 = System.nanoTime();
        List<Long> jobs = new ArrayList<>();
        for (Path file : files) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.resolve("/api/v1/imports"))
                    .header("Authorization", auth()).header("Content-Type", "application/x-ndjson")
                    .POST(HttpRequest.BodyPublishers.ofFile(file)).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 202) {
                throw new IllegalStateException("upload answered " + r.statusCode() + ": " + r.body());
            }
            jobs.add(JSON.readTree(r.body()).get("id").asLong());
            Files.delete(file);
        }
        double uploaded = (System.nanoTime() - t0) / 1e9;
        long maxHeap = 0;
        List<Long> heap = new ArrayList<>();
        int ingested = 0;
        int failed = 0;
        long deadline = System.nanoTime() + Duration.ofHours(2).toNanos();
        // Progress every part's worth of lines: its own rate and CPU show when the JVM has warmed up
        // (in the first minute or two its JIT compiler is a large share of the application's CPU
        // time, so a short run overstates the cost per article). Lines are claimed by job, then line.
        long partStart = t0;
        java.time.Duration[] partCpu = cpu0;
        int partDone = 0;
        int doneBefore = 0;
        for (Long id : jobs) {
            while (true) {
                JsonNode job = JSON.readTree(http.send(HttpRequest.newBuilder(base.resolve("/api/v1/imports/" + id))
                        .header("Authorization", auth()).build(), HttpResponse.BodyHandlers.ofString()).body());
                long used = heapUsed(http, base);
                heap.add(used);
                maxHeap = Math.max(maxHeap, used);
                String status = job.get("status").asText();
                int processed = doneBefore + job.get("processed").asInt();
                if (processed - partDone >= part || processed == articles) {
                    long now = System.nanoTime();
                    java.time.Duration[] cpuNow = cpu.now();
                    int n = processed - partDone;
                    if (n > 0) {
                        System.out.printf("progress %,6d articles, the last %,d in %5.1f s: %5.1f articles/s, %s%n",
                                processed, n, (now - partStart) / 1e9, n / ((now - partStart) / 1e9),
                                CpuMeter.perItem(partCpu, cpuNow, n));
                    }
                    partStart = now;
                    partCpu = cpuNow;
                    partDone = processed;
                }
                if (!status.equals("QUEUED") && !status.equals("RUNNING")) {
                    ingested += job.get("ingested").asInt();
                    failed += job.get("failed").asInt();
                    doneBefore += job.get("processed").asInt();
                    break;
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the import did not end in two hours");
                }
                Thread.sleep(2_000);
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        int q = heap.size() / 4;
        System.out.printf("bulk     %,d articles (%,d ingested, %d failed) in %.1f s (upload %.1f s): %.0f articles/s%n",
                articles, ingested, failed, seconds, uploaded, ingested / seconds);
        System.out.println("bulk     " + CpuMeter.perItem(cpu0, cpu.now(), ingested));
        System.out.printf("heap in use during the import (MB): first quarter max %d, last quarter max %d, overall max %d%n",
                heap.subList(0, Math.max(1, q)).stream().mapToLong(Long::longValue).max().orElse(0) >> 20,
                heap.subList(Math.max(0, heap.size() - Math.max(1, q)), heap.size()).stream().mapToLong(Long::longValue).max().orElse(0) >> 20,
                maxHeap >> 20);
    }

    private static long heapUsed(HttpClient http, URI base) throws Exception {
        String metrics = http.send(HttpRequest.newBuilder(base.resolve("/q/metrics")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        long sum = 0;
        for (String line : metrics.split("\n")) {
            if (line.startsWith("jvm_memory_used_bytes{") && line.contains("area=\"heap\"")) {
                sum += (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return sum;
    }

    private static void posts(HttpClient http, URI base, Corpus article, int clients, int requests, int rounds, CpuMeter cpu)
            throws Exception {
        List<Double> rates = new ArrayList<>();
        for (int r = 0; r <= rounds; r++) {
            String label = r == 0 ? "warm-up" : "round " + r;
            java.time.Duration[] cpu0 = cpu.now();
            int n = r == 0 ? requests / 3 : requests;
            rates.add(round(http, base, article, clients, n, label + "-" + System.nanoTime(), label));
            System.out.println(label + " " + CpuMeter.perItem(cpu0, cpu.now(), n));
        }
        double[] measured = rates.subList(1, rates.size()).stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf("POST /api/v1/articles median over %d rounds: %.0f articles/s%n", rounds, measured[measured.length / 2]);
    }

    private static double round(HttpClient http, URI base, Corpus article, int clients, int total, String run,
            String label) throws Exception {
        Rounds.Result r = Rounds.run(clients, total, Duration.ofMinutes(10), i -> {
            String body = JSON.writeValueAsString(Map.of("text", article.article(run, i)));
            return http.send(HttpRequest.newBuilder(base.resolve("/api/v1/articles"))
                    .header("Authorization", auth()).header("Content-Type", "application/json")
                    .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 201;
        });
        System.out.printf("%-8s %,6d articles in %5.1f s: %5.0f articles/s, p50 %5.1f ms, p99 %6.1f ms, errors %d%n",
                label, r.done(), r.seconds(), r.rate(), r.p50(), r.p99(), r.errors());
        return r.rate();
    }
}
