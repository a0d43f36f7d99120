package org.quotecheck.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.InputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.quotecheck.scale.ArchiveGenerator;

/**
 * Scale benchmarks (issue 11) on a synthetic archive: starts an embedded PostgreSQL 17 whose data
 * directory survives the run ({@code target/scale-pg}), the packaged application against it, fills
 * it with {@link ArchiveGenerator} when it holds fewer quotations than asked (100,000 articles and
 * 1,000,000 quotations by default), then measures over HTTP, each scenario a bounded number of
 * calls: quote checks (exact, near, contained and unheard-of claims drawn from the archive), the
 * cluster API and desk page, quotation search ({@code ?q=}), the NDJSON export (skipped with a
 * message while the endpoint answers 404), and ingest with clustering ({@code POST /api/v1/articles}
 * of fresh ~5 KB articles whose quotations join stored clusters). Then writes {@code EXPLAIN
 * (ANALYZE, BUFFERS)} of the hot queries to {@code target/scale/explain.txt} ({@link ScaleExplain}).
 *
 * <p>Run: {@code ./mvnw -Pscale verify}. Knobs (system properties {@code quotecheck.scale.*}):
 * {@code articles}, {@code quotations}, {@code seed}, {@code clients} (readers, 2), {@code requests}
 * per read scenario (400), {@code ingest-clients} (8), {@code ingest-articles} per round (400),
 * {@code rounds} (3), {@code export-path}, {@code port}, {@code data} (the data directory);
 * {@code quotecheck.load.statements=N} prints the ingest phase's N costliest statements.
 */
public final class ScaleBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();

    public static void main(String[] args) throws Exception {
        int articles = Integer.getInteger("quotecheck.scale.articles", 100_000);
        int quotations = Integer.getInteger("quotecheck.scale.quotations", articles * 10);
        long seed = Long.getLong("quotecheck.scale.seed", 1);
        int clients = Integer.getInteger("quotecheck.scale.clients", 2);
        int requests = Integer.getInteger("quotecheck.scale.requests", 400);
        int ingestClients = Integer.getInteger("quotecheck.scale.ingest-clients", 8);
        int ingestArticles = Integer.getInteger("quotecheck.scale.ingest-articles", 400);
        int rounds = Integer.getInteger("quotecheck.scale.rounds", 3);
        String exportPath = System.getProperty("quotecheck.scale.export-path", "/api/v1/exports/quotations.ndjson");
        int port = Integer.getInteger("quotecheck.scale.port", 18191);
        Path data = Path.of(System.getProperty("quotecheck.scale.data", "target/scale-pg"));
        Files.createDirectories(data);
        Files.createDirectories(Path.of("target/scale"));
        System.out.printf("Scale benchmark: %,d articles, %,d quotations (seed %d); load average %s%n", articles,
                quotations, seed, Latencies.load());
        EmbeddedPostgres.Builder server = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false)
                .setServerConfig("max_connections", "100").setServerConfig("shared_buffers", "512MB")
                .setServerConfig("work_mem", "16MB").setServerConfig("max_wal_size", "4GB")
                // huge pages when the machine reserves them (vm.nr_hugepages): a backend's first touch
                // of each shared buffer then costs far less (a search reads up to 1,000 of them)
                .setServerConfig("huge_pages", "try");
        if (Statements.top() > 0) {
            server = server.setServerConfig("shared_preload_libraries", "pg_stat_statements")
                    .setServerConfig("pg_stat_statements.track_planning", "on");
        }
        try (EmbeddedPostgres pg = server.start()) {
            Process app = ExtractionLoadTest.startApplication(pg.getJdbcUrl("postgres", "postgres"), port);
            try {
                URI base = URI.create("http://127.0.0.1:" + port);
                awaitReady(base, app, Duration.ofMinutes(15));
                try (Connection c = pg.getPostgresDatabase().getConnection()) {
                    long stored = count(c, "SELECT count(*) FROM quotation");
                    if (stored < quotations) {
                        System.out.printf("generating (the archive holds %,d quotations) …%n", stored);
                        System.out.println(ArchiveGenerator.generate(c, seed, articles, quotations, true));
                    } else {
                        System.out.printf("reusing the archive in %s: %,d quotations%n", data, stored);
                    }
                    System.out.printf("archive: %,d articles, %,d quotations, %,d clusters (%,d with 2+ members, %,d"
                            + " conflicts), database %s%n", count(c, "SELECT count(*) FROM article"), count(c,
                            "SELECT count(*) FROM quotation"), count(c, "SELECT count(*) FROM quote_cluster"),
                            count(c, "SELECT count(*) FROM quote_cluster WHERE member_count >= 2"),
                            count(c, "SELECT count(*) FROM quote_cluster WHERE conflict"),
                            text(c, "SELECT pg_size_pretty(pg_database_size(current_database()))"));
                    Samples s = Samples.of(c);
                    settle();
                    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                            .executor(Executors.newFixedThreadPool(Math.max(clients, ingestClients))).build();
                    List<Latencies.Result> results = new ArrayList<>();
                    results.add(checks(http, base, s, clients, requests));
                    results.add(Latencies.run("GET /api/v1/clusters/{id}", clients, requests, Duration.ofMinutes(5),
                            i -> get(http, base, "/api/v1/clusters/" + s.clusters.get(i % s.clusters.size())) == 200));
                    results.add(deskClusters(base, s, clients, requests));
                    results.add(search(http, base, s, clients, requests / 4, ""));
                    results.addAll(deskQueue(base, s, clients, requests / 8));
                    results.add(Latencies.run("GET /api/v1/quotations?size=20&page={0..9} (newest first)", clients,
                            requests / 4, Duration.ofMinutes(5), i -> get(http, base, "/api/v1/quotations?size=20&page="
                                    + i % 10) == 200));
                    export(http, base, exportPath);
                    Statements.reset(pg);
                    ingest(http, base, s, ingestClients, ingestArticles, rounds);
                    Statements.print(pg, "ingest");
                    results.add(checks(http, base, s, clients, requests));
                    // the same words again, once the ingest's after-work has settled: the first pass read
                    // their quotations into the cache
                    settle();
                    results.add(search(http, base, s, clients, requests / 4, ", again"));
                    ScaleExplain.write(c, s.exact.get(0), s.contained.get(0), s.clusters.get(0), s.words.get(0),
                            Path.of("target/scale/explain.txt"));
                    Files.writeString(Path.of("target/scale/results.txt"), String.join("\n",
                            results.stream().map(Object::toString).toList()) + "\n");
                }
            } finally {
                app.destroy();
                app.waitFor();
            }
        }
        System.exit(0);
    }

    /**
     * Waits (two minutes at most) until the one-minute load average is below 1.5: the build and the
     * application's start-up just before keep both cores busy, and the first reads measured that.
     */
    static void settle() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline && Latencies.load().matches("[0-9.]+ .*")
                && Double.parseDouble(Latencies.load().split(" ")[0]) >= 1.5) {
            Thread.sleep(5_000);
        }
        System.out.printf("reads start at load average %s%n", Latencies.load());
    }

    /** Full-text searches of one word each, drawn from the archive's repeated quotations. */
    static Latencies.Result search(HttpClient http, URI base, Samples s, int clients, int calls, String label)
            throws Exception {
        return Latencies.run("GET /api/v1/quotations?q={word}&size=20" + label, clients, calls, Duration.ofMinutes(5),
                i -> get(http, base, "/api/v1/quotations?size=20&q="
                        + URLEncoder.encode(s.words.get(i % s.words.size()), StandardCharsets.UTF_8)) == 200);
    }

    /** Waits for readiness; a loaded machine may need minutes to start the application. */
    static void awaitReady(URI base, Process app, Duration limit) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (!app.isAlive()) {
                throw new IllegalStateException("the application exited; see target/load-app.log");
            }
            try {
                if (http.send(HttpRequest.newBuilder(base.resolve("/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the application did not become ready in " + limit);
    }

    static long count(Connection c, String sql) throws Exception {
        return Long.parseLong(text(c, sql));
    }

    static String text(Connection c, String sql) throws Exception {
        try (Statement st = c.createStatement(); ResultSet r = st.executeQuery(sql)) {
            r.next();
            return r.getString(1);
        }
    }

    static String auth() {
        return "Basic " + Base64.getEncoder().encodeToString(("admin:" + ExtractionLoadTest.ADMIN_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
    }

    static int get(HttpClient http, URI base, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(base.resolve(path)).header("Authorization", auth())
                .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** Claims drawn from the archive: what the scenarios ask for. */
    record Samples(List<String> exact, List<String> near, List<String> contained, List<String> unheard,
            List<Long> clusters, List<String> words, List<String> speakers) {

        static Samples of(Connection c) throws Exception {
            List<String> exact = new ArrayList<>();
            List<Long> clusters = new ArrayList<>();
            try (Statement st = c.createStatement(); ResultSet r = st.executeQuery("SELECT id, representative"
                    + " FROM quote_cluster WHERE member_count >= 2 AND id % 17 = 0 ORDER BY id LIMIT 600")) {
                while (r.next()) {
                    clusters.add(r.getLong(1));
                    exact.add(r.getString(2));
                }
            }
            try (Statement st = c.createStatement(); ResultSet r = st.executeQuery("SELECT id FROM quote_cluster"
                    + " WHERE member_count = 1 AND id % 23 = 0 ORDER BY id LIMIT 300")) {
                while (r.next()) {
                    clusters.add(r.getLong(1));
                }
            }
            Random random = new Random(7);
            java.util.Collections.shuffle(clusters, random);
            List<String> near = new ArrayList<>();
            List<String> contained = new ArrayList<>();
            List<String> words = new ArrayList<>();
            for (String e : exact) {
                List<String> w = new ArrayList<>(Arrays.asList(e.replace(",", "").split(" ")));
                List<String> dropped = new ArrayList<>(w);
                dropped.remove(w.size() / 2);
                near.add(String.join(" ", dropped));
                if (w.size() >= 14) {
                    int from = 2 + random.nextInt(w.size() - 12);
                    contained.add(String.join(" ", w.subList(from, from + 9)));
                }
                w.stream().filter(x -> x.length() >= 7).findFirst().ifPresent(words::add);
            }
            List<String> unheard = new ArrayList<>();
            String syllables = "qa qe qi qo xu xa xe xi vo wu";
            String[] sy = syllables.split(" ");
            for (int i = 0; i < 300; i++) {
                StringBuilder sb = new StringBuilder("We will");
                for (int k = 0; k < 12; k++) {
                    sb.append(' ').append(sy[random.nextInt(sy.length)]).append(sy[random.nextInt(sy.length)])
                            .append(sy[random.nextInt(sy.length)]).append('n');
                }
                unheard.add(sb.toString());
            }
            List<String> speakers = new ArrayList<>();
            try (Statement st = c.createStatement(); ResultSet r = st.executeQuery("SELECT name FROM speaker"
                    + " WHERE name LIKE '% %' AND id % 5 = 0 LIMIT 500")) {
                while (r.next()) {
                    speakers.add(r.getString(1));
                }
            }
            return new Samples(exact, near, contained, unheard, clusters, words, speakers);
        }

        /** Claim {@code i} of the mix: 40% exact, 25% near, 20% contained, 15% unheard of. */
        String claim(int i) {
            int k = Math.floorMod(i * 7919, 100);
            List<String> from = k < 40 ? exact : k < 65 ? near : k < 85 ? contained : unheard;
            return from.get(i % from.size());
        }
    }

    private static Latencies.Result checks(HttpClient http, URI base, Samples s, int clients, int requests)
            throws Exception {
        return Latencies.run("POST /api/v1/checks (40/25/20/15 mix)", clients, requests, Duration.ofMinutes(5), i -> {
            String body = JSON.writeValueAsString(Map.of("text", s.claim(i)));
            return http.send(HttpRequest.newBuilder(base.resolve("/api/v1/checks")).header("Authorization", auth())
                    .header("Content-Type", "application/json").timeout(Duration.ofSeconds(60))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode() == 201;
        });
    }

    /** The desk's cluster page, signed in by the form (a session cookie). */
    /** A desk session's client (cookies kept, redirects not followed). */
    private static HttpClient desk(URI base) throws Exception {
        HttpClient desk = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String form = "j_username=admin&j_password=" + URLEncoder.encode(ExtractionLoadTest.ADMIN_PASSWORD,
                StandardCharsets.UTF_8);
        int signIn = desk.send(HttpRequest.newBuilder(base.resolve("/j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        System.out.println("desk sign-in answered " + signIn);
        return desk;
    }

    private static Latencies.Result deskClusters(URI base, Samples s, int clients, int requests) throws Exception {
        HttpClient desk = desk(base);
        return Latencies.run("GET /clusters/{id} (desk page)", clients, requests, Duration.ofMinutes(5),
                i -> desk.send(HttpRequest.newBuilder(base.resolve("/clusters/" + s.clusters.get(i % s.clusters.size())))
                        .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200);
    }

    /**
     * The desk's review queue as reviewers page through it, view by view: the default (pending,
     * conflicts first), every status, only conflicts (each on its first ten pages) and one speaker's
     * quotations (a name drawn from the archive's speakers).
     */
    private static List<Latencies.Result> deskQueue(URI base, Samples s, int clients, int calls) throws Exception {
        HttpClient desk = desk(base);
        List<Latencies.Result> results = new ArrayList<>();
        for (String view : List.of("/?", "/?status=ALL&", "/?status=ALL&conflict=true&", "/?status=ALL&speaker=")) {
            results.add(Latencies.run("GET " + view + (view.endsWith("=") ? "{name}" : "page={0..9}") + " (desk queue)",
                    clients, calls, Duration.ofMinutes(5), i -> {
                        String path = view + (view.endsWith("=") ? URLEncoder.encode(s.speakers.get(i % s.speakers.size()),
                                StandardCharsets.UTF_8) : "page=" + i % 10);
                        return desk.send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60))
                                .build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
                    }));
        }
        return results;
    }

    /** The NDJSON export of every quotation, streamed; lines, seconds and the server's heap meanwhile. */
    private static void export(HttpClient http, URI base, String path) throws Exception {
        HttpResponse<InputStream> r = http.send(HttpRequest.newBuilder(base.resolve(path)).header("Authorization", auth())
                .build(), HttpResponse.BodyHandlers.ofInputStream());
        if (r.statusCode() == 404) {
            r.body().close();
            System.out.println("export: " + path + " answers 404 (not merged yet): skipped");
            return;
        }
        long t0 = System.nanoTime();
        long lines = 0;
        long bytes = 0;
        long maxHeap = 0;
        long lastSample = 0;
        byte[] buf = new byte[1 << 16];
        try (InputStream in = r.body()) {
            int n;
            while ((n = in.read(buf)) > 0) {
                bytes += n;
                for (int k = 0; k < n; k++) {
                    if (buf[k] == '\n') {
                        lines++;
                    }
                }
                if (System.nanoTime() - lastSample > 2_000_000_000L) {
                    lastSample = System.nanoTime();
                    maxHeap = Math.max(maxHeap, heapUsed(http, base));
                }
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("export %s: status %d, %,d lines, %,d MB in %.1f s (%.0f lines/s), server heap in use max %d MB;"
                + " load %s%n", path, r.statusCode(), lines, bytes >> 20, seconds, lines / seconds, maxHeap >> 20,
                Latencies.load());
    }

    private static long heapUsed(HttpClient http, URI base) throws Exception {
        long sum = 0;
        for (String line : http.send(HttpRequest.newBuilder(base.resolve("/q/metrics")).build(),
                HttpResponse.BodyHandlers.ofString()).body().split("\n")) {
            if (line.startsWith("jvm_memory_used_bytes{") && line.contains("area=\"heap\"")) {
                sum += (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return sum;
    }

    /** POST /api/v1/articles of fresh ~5 KB articles whose quotations repeat (or drift from) stored ones. */
    private static void ingest(HttpClient http, URI base, Samples s, int clients, int perRound, int rounds)
            throws Exception {
        String run = Long.toString(System.nanoTime(), 36);
        AtomicLong serial = new AtomicLong();
        List<Double> rates = new ArrayList<>();
        for (int round = 0; round <= rounds; round++) {
            String label = round == 0 ? "warm-up" : "round " + round;
            Latencies.Result r = Latencies.run("POST /api/v1/articles, " + clients + " clients, " + label, clients,
                    round == 0 ? perRound / 4 : perRound, Duration.ofMinutes(10), i -> {
                        String body = JSON.writeValueAsString(Map.of("text", article(s, run, serial.incrementAndGet())));
                        return http.send(HttpRequest.newBuilder(base.resolve("/api/v1/articles"))
                                .header("Authorization", auth()).header("Content-Type", "application/json")
                                .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                                HttpResponse.BodyHandlers.discarding()).statusCode() == 201;
                    });
            if (round > 0) {
                rates.add(r.rate());
            }
        }
        System.out.printf("ingest with clustering: median %.1f articles/s over %d rounds of %d%n",
                Latencies.median(rates), rounds, perRound);
    }

    /** A fresh article of about 5 KB: quotations from the archive (exact or with a word dropped), varied speakers. */
    static String article(Samples s, String run, long n) {
        Random r = new Random(n);
        StringBuilder sb = new StringBuilder("Report ").append(run).append('-').append(n)
                .append(". Officials met on Tuesday to discuss the matter in the capital.");
        while (sb.length() < 5_000) {
            int k = r.nextInt(s.exact.size());
            String quote = r.nextBoolean() ? s.exact.get(k) : s.near.get(k);
            String speaker = s.speakers.get(r.nextInt(s.speakers.size()));
            sb.append("\n\n\u201C").append(quote.endsWith(",") ? quote : quote + ",").append("\u201D said ")
                    .append(speaker).append(". The meeting ended late in the evening after a long debate.");
        }
        return sb.toString();
    }
}
