package org.quotecheck.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;

/**
 * Load script for {@code POST /api/v1/extractions}: starts the packaged application
 * ({@code target/quarkus-app/quarkus-run.jar}, production profile) against an embedded PostgreSQL
 * given to it as an external database, drives it with N concurrent clients on loopback, and prints
 * throughput, latency percentiles and errors per round. Every loop is bounded in requests and time.
 *
 * <p>Run: {@code ./mvnw -Pload verify}. Knobs (system properties): {@code quotecheck.load.clients}
 * (8), {@code .requests} per round (20000), {@code .rounds} (3), {@code .warmup} (5000),
 * {@code .url} (a service already running: then nothing is started).
 */
public final class ExtractionLoadTest {

    /** The administrator the started application creates (admin / this), for tests that write. */
    static final String ADMIN_PASSWORD = "load-test-admin-password";

    public static void main(String[] args) throws Exception {
        int clients = Integer.getInteger("quotecheck.load.clients", 8);
        int requests = Integer.getInteger("quotecheck.load.requests", 20_000);
        int rounds = Integer.getInteger("quotecheck.load.rounds", 3);
        int warmup = Integer.getInteger("quotecheck.load.warmup", 5_000);
        String external = System.getProperty("quotecheck.load.url");

        String article = ExtractionBenchmark.sampleArticles().get(0);
        String body = new ObjectMapper().writeValueAsString(Map.of("text", article));
        System.out.printf("Article: %,d bytes of UTF-8 text; %d clients; %d rounds of %,d requests%n",
                article.getBytes(StandardCharsets.UTF_8).length, clients, rounds, requests);

        if (external != null) {
            run(URI.create(external), body, clients, requests, rounds, warmup);
            System.exit(0);
        }
        int port = Integer.getInteger("quotecheck.load.port", 18080);
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
            Process app = startApplication(pg.getJdbcUrl("postgres", "postgres"), port);
            try {
                URI base = URI.create("http://127.0.0.1:" + port);
                awaitReady(base, app);
                run(base, body, clients, requests, rounds, warmup);
            } finally {
                app.destroy();
                app.waitFor();
            }
        }
        // the HTTP client's worker threads are not daemons
        System.exit(0);
    }

    static Process startApplication(String jdbcUrl, int port) throws IOException {
        return startApplication(jdbcUrl, port, java.util.Map.of());
    }

    /** The packaged application with extra environment variables (such as the Kafka consumer's). */
    static Process startApplication(String jdbcUrl, int port, java.util.Map<String, String> extraEnv) throws IOException {
        // another build of the application can be measured against the same benchmark code
        Path jar = Path.of(System.getProperty("quotecheck.load.jar", "target/quarkus-app/quarkus-run.jar"));
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: package the application first");
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + System.getProperty("quotecheck.load.heap", "512m")));
        // e.g. -Dquotecheck.load.jvm=-XX:StartFlightRecording=filename=target/app.jfr to profile the application
        for (String option : System.getProperty("quotecheck.load.jvm", "").split(" ")) {
            if (!option.isBlank()) {
                command.add(option);
            }
        }
        command.addAll(List.of("-jar", jar.toString()));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl);
        pb.environment().put("QUARKUS_DATASOURCE_USERNAME", "postgres");
        pb.environment().put("QUARKUS_DATASOURCE_PASSWORD", "postgres");
        pb.environment().put("QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY", "load-test-" + java.util.UUID.randomUUID());
        pb.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
        pb.environment().put("QUARKUS_HTTP_HOST", "127.0.0.1");
        pb.environment().put("QUARKUS_LOG_LEVEL", "WARN");
        pb.environment().put("QUOTECHECK_ADMIN_PASSWORD", ADMIN_PASSWORD); // the ingest load test writes
        pb.environment().put("QUOTECHECK_SEEDS_ENABLED", "false");
        // the load clients are anonymous and share one address: lift the per-address dry-run rate
        pb.environment().put("QUOTECHECK_LIMITS_DRY_RUN_ANONYMOUS_PER_MINUTE", "1000000000");
        pb.environment().putAll(extraEnv);
        pb.redirectErrorStream(true);
        pb.redirectOutput(Path.of("target/load-app.log").toFile());
        return pb.start();
    }

    static void awaitReady(URI base, Process app) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofSeconds(Integer.getInteger("quotecheck.load.ready-seconds", 90)).toNanos();
        while (System.nanoTime() < deadline) {
            if (!app.isAlive()) {
                throw new IllegalStateException("the application exited; see target/load-app.log");
            }
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(base.resolve("/q/health/ready"))
                        .build(), HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the application did not become ready in " + Integer.getInteger("quotecheck.load.ready-seconds", 90) + " s");
    }

    private static void run(URI base, String body, int clients, int requests, int rounds, int warmup)
            throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newFixedThreadPool(clients)).build();
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/api/v1/extractions"))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        round(http, request, clients, warmup, "warm-up");
        List<double[]> results = new ArrayList<>();
        for (int r = 1; r <= rounds; r++) {
            results.add(round(http, request, clients, requests, "round " + r));
        }
        double[] rates = results.stream().mapToDouble(x -> x[0]).sorted().toArray();
        double[] p99s = results.stream().mapToDouble(x -> x[1]).sorted().toArray();
        System.out.printf("Median over %d rounds: %.0f requests/s, p99 %.1f ms%n", rounds,
                rates[rates.length / 2], p99s[p99s.length / 2]);
    }

    /** One bounded round; returns {requests per second, p99 ms, errors}. */
    private static double[] round(HttpClient http, HttpRequest request, int clients, int total,
            String label) throws Exception {
        Rounds.Result r = Rounds.run(clients, total, Duration.ofMinutes(5), i -> {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().contains("\"quotations\"");
        });
        System.out.printf("%-8s %,7d requests in %5.1f s: %6.0f requests/s, p50 %5.1f ms, p99 %5.1f ms,"
                + " max %6.1f ms, errors %d%n", label, r.done(), r.seconds(), r.rate(), r.p50(), r.p99(), r.max(),
                r.errors());
        return new double[] {r.rate(), r.p99(), r.errors()};
    }
}
