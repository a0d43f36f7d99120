package org.quotecheck.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.quotecheck.kafka.InProcessKafka;

/**
 * Kafka consumption end to end (issue 12): starts the in-process Kafka broker, an embedded
 * PostgreSQL and the packaged application with its consumer on, then, round by round, produces N
 * distinct ~5 KB articles to the topic and measures from the first message sent until the
 * application has stored the last one ({@code quotecheck_kafka_articles_total{outcome="ingested"}}
 * in {@code /q/metrics}), sampling the consumer lag meanwhile. Everything runs on this machine.
 *
 * <p>Run: {@code ./mvnw -Pload-kafka verify}. Knobs: {@code quotecheck.kafka.bench.articles} per
 * round (5000), {@code .warmup} (1000), {@code .rounds} (3), {@code .partitions} (2), {@code .consumers}
 * (consumers in the application, {@code mp.messaging.incoming.articles.concurrency}; the partitions),
 * {@code .poll} (articles per poll and transaction, {@code max.poll.records}; 20),
 * {@code quotecheck.load.heap} (the application's -Xmx, 512m), {@code quotecheck.load.port} (18082).
 */
public final class KafkaLoadTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    public static void main(String[] args) throws Exception {
        int articles = Integer.getInteger("quotecheck.kafka.bench.articles", 5_000);
        int warmup = Integer.getInteger("quotecheck.kafka.bench.warmup", 1_000);
        int rounds = Integer.getInteger("quotecheck.kafka.bench.rounds", 3);
        int partitions = Integer.getInteger("quotecheck.kafka.bench.partitions", 2);
        int consumers = Integer.getInteger("quotecheck.kafka.bench.consumers", partitions);
        int poll = Integer.getInteger("quotecheck.kafka.bench.poll", 20);
        int port = Integer.getInteger("quotecheck.load.port", 18082);
        // the ingest benchmark's articles: varied synthetic news by default (-Dquotecheck.ingest.corpus=same: one article)
        IngestLoadTest.Corpus article = IngestLoadTest.corpus(System.getProperty("quotecheck.ingest.corpus", "synthetic"));
        System.out.printf("Articles: %s, %,d bytes on average; %d rounds of %,d articles after a warm-up of %,d; %d partitions,"
                + " %d consumers, polls of %d%n", article.name(), article.averageBytes(), rounds, articles, warmup, partitions,
                consumers, poll);
        try (InProcessKafka kafka = InProcessKafka.start();
                EmbeddedPostgres pg = EmbeddedPostgres.builder().setServerConfig("max_connections", "100").start()) {
            kafka.createTopics(partitions, "articles", "articles-dlq");
            Process app = ExtractionLoadTest.startApplication(pg.getJdbcUrl("postgres", "postgres"), port,
                    Map.of("QUOTECHECK_KAFKA_ENABLED", "true", "KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers(),
                            // a consumer per partition, each storing polls of at most `poll` articles
                            "MP_MESSAGING_INCOMING_ARTICLES_CONCURRENCY", Integer.toString(consumers),
                            "MP_MESSAGING_INCOMING_ARTICLES_MAX_POLL_RECORDS", Integer.toString(poll)));
            try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(), ProducerConfig.ACKS_CONFIG, "all",
                    ProducerConfig.LINGER_MS_CONFIG, 5, ProducerConfig.COMPRESSION_TYPE_CONFIG, "none"),
                    new StringSerializer(), new ByteArraySerializer())) {
                URI base = URI.create("http://127.0.0.1:" + port);
                ExtractionLoadTest.awaitReady(base, app);
                HttpClient http = HttpClient.newHttpClient();
                String run = Long.toString(System.nanoTime(), 36);
                round(http, base, producer, article, run + "-w", warmup, "warm-up");
                List<Double> rates = new ArrayList<>();
                for (int r = 1; r <= rounds; r++) {
                    rates.add(round(http, base, producer, article, run + "-" + r, articles, "round " + r));
                }
                double[] sorted = rates.stream().mapToDouble(Double::doubleValue).sorted().toArray();
                System.out.printf("Kafka consumption, median of %d rounds: %.0f articles/s (load average now %.1f)%n",
                        rounds, sorted[sorted.length / 2], ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            } finally {
                app.destroy();
                app.waitFor();
            }
        }
        System.exit(0);
    }

    private static double round(HttpClient http, URI base, KafkaProducer<String, byte[]> producer, IngestLoadTest.Corpus article,
            String run, int n, String label) throws Exception {
        double before = metric(http, base, "quotecheck_kafka_articles_total", "outcome=\"ingested\"");
        double deadBefore = metric(http, base, "quotecheck_kafka_articles_total", "outcome=\"dead-lettered\"");
        double load0 = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        long t0 = System.nanoTime();
        List<Future<RecordMetadata>> sent = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String text = article.article(run, i);
            byte[] value = JSON.writeValueAsBytes(Map.of("text", text, "title", "Report " + run + "-" + i));
            sent.add(producer.send(new ProducerRecord<>("articles", run + "-" + i, value)));
        }
        for (Future<RecordMetadata> f : sent) {
            f.get();
        }
        double produced = (System.nanoTime() - t0) / 1e9;
        double maxLag = 0;
        long deadline = System.nanoTime() + Duration.ofHours(1).toNanos();
        double done;
        while ((done = metric(http, base, "quotecheck_kafka_articles_total", "outcome=\"ingested\"") - before) < n) {
            maxLag = Math.max(maxLag, metric(http, base, "kafka_consumer_fetch_manager_records_lag_max", ""));
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(label + ": only " + done + " of " + n + " stored within an hour");
            }
            Thread.sleep(250);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        double rate = n / seconds;
        System.out.printf("%-8s %,6d articles in %6.1f s (produced in %.1f s): %5.0f articles/s, max lag %.0f,"
                + " dead-lettered %.0f, load average %.1f -> %.1f%n", label, n, seconds, produced, rate, maxLag,
                metric(http, base, "quotecheck_kafka_articles_total", "outcome=\"dead-lettered\"") - deadBefore, load0,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        return rate;
    }

    /** The sum of a Prometheus metric's samples whose labels contain {@code labels}. */
    private static double metric(HttpClient http, URI base, String name, String labels) throws Exception {
        String body = http.send(HttpRequest.newBuilder(base.resolve("/q/metrics")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        double sum = 0;
        for (String line : body.split("\n")) {
            if ((line.startsWith(name + "{") || line.startsWith(name + " ")) && line.contains(labels)) {
                double v = Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                sum += Double.isNaN(v) ? 0 : v;
            }
        }
        return sum;
    }
}
