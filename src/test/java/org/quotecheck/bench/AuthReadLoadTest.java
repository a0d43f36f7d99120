package org.quotecheck.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;

/**
 * Authenticated read throughput (issue 13): N clients doing {@code GET /api/v1/me} (the cost of
 * signing in and little else) and {@code GET /api/v1/quotations?size=20} (a real page of data) against the packaged application (production profile, embedded PostgreSQL given as an external
 * database), once with an API token ({@code Authorization: Bearer}), once with HTTP Basic, and once
 * without credentials (answered 401 by the REST layer: the same request path minus the credential
 * check and the query, the ceiling the other two can approach). The three modes alternate round by
 * round, so that a drifting machine affects them alike. Every loop is bounded in requests and time.
 *
 * <p>Run: {@code ./mvnw -Pload-auth verify}. Knobs (system properties): {@code quotecheck.auth.clients}
 * (8), {@code .requests} per round and mode (5000), {@code .rounds} (3), {@code .warmup} (2000),
 * {@code .articles} stored first so that the list has content (20), {@code .paths} (comma-separated), and
 * {@code quotecheck.load.url} for a service already running (then {@code quotecheck.auth.user} /
 * {@code .password} name an account of it).
 */
public final class AuthReadLoadTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    record Mode(String name, String authorization, int expectedStatus) {
    }

    public static void main(String[] args) throws Exception {
        int clients = Integer.getInteger("quotecheck.auth.clients", 8);
        int requests = Integer.getInteger("quotecheck.auth.requests", 5_000);
        int rounds = Integer.getInteger("quotecheck.auth.rounds", 3);
        int warmup = Integer.getInteger("quotecheck.auth.warmup", 2_000);
        int articles = Integer.getInteger("quotecheck.auth.articles", 20);
        List<String> paths = List.of(System.getProperty("quotecheck.auth.paths",
                "/api/v1/me,/api/v1/quotations?size=20").split(","));
        String external = System.getProperty("quotecheck.load.url");
        System.out.printf("GET %s; %d clients; %d rounds of %,d requests per mode (warm-up %,d); cores %d%n", paths,
                clients, rounds, requests, warmup, Runtime.getRuntime().availableProcessors());
        if (external != null) {
            run(URI.create(external), System.getProperty("quotecheck.auth.user", "admin"),
                    System.getProperty("quotecheck.auth.password", ExtractionLoadTest.ADMIN_PASSWORD), paths, clients,
                    requests, rounds, warmup, articles);
            System.exit(0);
        }
        int port = Integer.getInteger("quotecheck.load.port", 18080);
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
            Process app = ExtractionLoadTest.startApplication(pg.getJdbcUrl("postgres", "postgres"), port);
            try {
                URI base = URI.create("http://127.0.0.1:" + port);
                ExtractionLoadTest.awaitReady(base, app);
                run(base, "admin", ExtractionLoadTest.ADMIN_PASSWORD, paths, clients, requests, rounds, warmup, articles);
            } finally {
                app.destroy();
                app.waitFor();
            }
        }
        System.exit(0); // the HTTP client's worker threads are not daemons
    }

    private static void run(URI base, String user, String password, List<String> paths, int clients, int requests,
            int rounds, int warmup, int articles) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newFixedThreadPool(clients)).build();
        String basic = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
        String article = ExtractionBenchmark.sampleArticles().get(0);
        for (int i = 0; i < articles; i++) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.resolve("/api/v1/articles"))
                    .header("Content-Type", "application/json").header("Authorization", basic)
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(
                            Map.of("text", article + "\n\nEdition " + i + " of the benchmark."))))
                    .build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 201 && r.statusCode() != 200) {
                throw new IllegalStateException("ingest failed: " + r.statusCode() + " " + r.body());
            }
        }
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(base.resolve("/api/v1/tokens"))
                .header("Content-Type", "application/json").header("Authorization", basic)
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"read benchmark\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (created.statusCode() != 201) {
            throw new IllegalStateException("token creation failed: " + created.statusCode() + " " + created.body());
        }
        JsonNode token = JSON.readTree(created.body());
        List<Mode> modes = List.of(new Mode("token", "Bearer " + token.get("token").asText(), 200),
                new Mode("basic", basic, 200), new Mode("anonymous", null, 401));

        for (String path : paths) {
            measure(http, base, path, modes, clients, requests, rounds, warmup);
        }
    }

    private static void measure(HttpClient http, URI base, String path, List<Mode> modes, int clients, int requests,
            int rounds, int warmup) throws Exception {
        System.out.printf("%nGET %s%n", path);
        for (Mode m : modes) {
            round(http, base, path, m, clients, warmup, "warm-up");
        }
        Map<String, List<Rounds.Result>> results = new LinkedHashMap<>();
        for (int r = 1; r <= rounds; r++) {
            for (Mode m : modes) {
                results.computeIfAbsent(m.name(), k -> new ArrayList<>())
                        .add(round(http, base, path, m, clients, requests, "round " + r));
            }
        }
        System.out.printf("Median over %d rounds (%d clients, GET %s):%n", rounds, clients, path);
        for (Map.Entry<String, List<Rounds.Result>> e : results.entrySet()) {
            double[] rates = e.getValue().stream().mapToDouble(Rounds.Result::rate).sorted().toArray();
            double[] p50s = e.getValue().stream().mapToDouble(Rounds.Result::p50).sorted().toArray();
            double[] p99s = e.getValue().stream().mapToDouble(Rounds.Result::p99).sorted().toArray();
            int errors = e.getValue().stream().mapToInt(Rounds.Result::errors).sum();
            System.out.printf("  %-9s %6.0f requests/s, p50 %5.1f ms, p99 %5.1f ms, errors %d (rates %.0f–%.0f)%n",
                    e.getKey(), rates[rates.length / 2], p50s[p50s.length / 2], p99s[p99s.length / 2], errors,
                    rates[0], rates[rates.length - 1]);
        }
    }

    private static Rounds.Result round(HttpClient http, URI base, String path, Mode mode, int clients, int total,
            String label) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).header("Accept", "application/json")
                .timeout(Duration.ofSeconds(10)).GET();
        if (mode.authorization() != null) {
            b.header("Authorization", mode.authorization());
        }
        HttpRequest request = b.build();
        Rounds.Result r = Rounds.run(clients, total, Duration.ofMinutes(3), i -> {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == mode.expectedStatus()
                    && (mode.expectedStatus() != 200 || response.body().startsWith("{"));
        });
        System.out.printf("%-8s %-9s %,7d requests in %5.1f s: %6.0f requests/s, p50 %5.1f ms, p99 %5.1f ms,"
                + " max %6.1f ms, errors %d%n", label, mode.name(), r.done(), r.seconds(), r.rate(), r.p50(), r.p99(),
                r.max(), r.errors());
        return r;
    }
}
