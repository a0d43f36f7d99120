package org.quotecheck.kafka;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import org.quotecheck.article.ArticleService;
import org.quotecheck.article.IngestCommand;
import org.quotecheck.support.InvalidInputException;
import org.quotecheck.support.UnprocessableException;

/**
 * Consumes the {@code articles} channel (a Kafka topic; off unless {@code quotecheck.kafka.enabled})
 * a batch of records at a time, at least once:
 * <ol>
 * <li>every record is read as one NDJSON import line; a malformed one (empty, too large, not
 * UTF-8, not a JSON article, invalid fields, a URL that gives no article) is sent to the
 * dead-letter topic with the reason in its {@code dead-letter-reason} header;</li>
 * <li>the good ones are stored in <b>one transaction</b>, each idempotent by the SHA-256 of its
 * text (a message delivered twice finds its article and stores nothing);</li>
 * <li>only after that transaction has committed and the dead letters are on their topic is the
 * batch acknowledged, so that its offsets are committed.</li>
 * </ol>
 * A failure that is no fault of the messages (database down, lost connection, timeout) never
 * dead-letters them: the batch is retried with a growing pause while the consumer stays paused
 * (SmallRye pauses the partitions while this method is busy), and a crash meanwhile leaves the
 * offsets uncommitted, so the batch is read again. Should the batch fail for one article's own
 * sake, its articles are retried one per transaction and only that one is dead-lettered.
 */
@ApplicationScoped
public class ArticleConsumer {

    private static final Logger LOG = Logger.getLogger(ArticleConsumer.class);

    private final ArticleService articles;
    private final MessageParser parser;
    private final KafkaIngestConfig config;
    private final Counter ingested;
    private final Counter duplicates;
    private final Counter deadLettered;
    private final Counter retries;
    private final int transactionTimeoutSeconds;
    private volatile boolean running = true;

    ArticleConsumer(ArticleService articles, ObjectMapper json, KafkaIngestConfig config, MeterRegistry registry,
            org.quotecheck.fetch.FetchConfig fetch,
            @org.eclipse.microprofile.config.inject.ConfigProperty(name = "mp.messaging.incoming.articles.max.poll.records",
                    defaultValue = "100") int batchSize) {
        this.articles = articles;
        this.config = config;
        this.parser = new MessageParser(json, config.maxMessageSize().asLongValue());
        this.ingested = counter(registry, "ingested");
        this.duplicates = counter(registry, "duplicate");
        this.deadLettered = counter(registry, "dead-lettered");
        this.retries = Counter.builder("quotecheck.kafka.retries")
                .description("Batches or articles retried after a transient failure (database down, timeout)")
                .register(registry);
        // a message may carry a URL: the transaction must outlast a fetch per article of the batch
        this.transactionTimeoutSeconds = (int) Math.min(Integer.MAX_VALUE,
                Math.max(600, batchSize * fetch.totalTimeout().toSeconds() + 60));
    }

    private static Counter counter(MeterRegistry registry, String outcome) {
        return Counter.builder("quotecheck.kafka.articles").tag("outcome", outcome)
                .description("Kafka messages consumed, by outcome").register(registry);
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
    }

    /** One poll's records; acknowledged (offsets committed) only once all of them are stored or dead-lettered. */
    @Incoming("articles")
    @Blocking
    public CompletionStage<Void> consume(KafkaRecordBatch<String, byte[]> batch) {
        List<Good> good = new ArrayList<>();
        List<Bad> bad = new ArrayList<>();
        for (KafkaRecord<String, byte[]> record : batch.getRecords()) {
            MessageParser.Parsed parsed = parser.parse(record.getPayload());
            if (parsed.command() == null) {
                bad.add(new Bad(record, parsed.problem()));
                continue;
            }
            try {
                good.add(new Good(record, parsed.command(), articles.prepare(parsed.command())));
            } catch (InvalidInputException e) {
                bad.add(new Bad(record, e.getMessage()));
            }
        }
        // extraction is CPU work: done on every core before the transaction, and once however often it is retried
        List<ArticleService.Prepared> extracted = articles.extractAll(good.stream().map(Good::prepared).toList(),
                java.util.Set.of());
        for (int i = 0; i < extracted.size(); i++) {
            good.set(i, new Good(good.get(i).record(), good.get(i).command(), extracted.get(i)));
        }
        List<Bad> refused = store(good);
        if (refused == null) {
            return new CompletableFuture<>(); // shutting down mid-retry: never acknowledged, read again later
        }
        bad.addAll(refused);
        CompletableFuture<?>[] sent = bad.stream().map(b -> {
            LOG.debugf("Kafka message %s dead-lettered: %s", where(b.record()), b.reason());
            deadLettered.increment();
            return b.record().nack(new MalformedArticleException(b.reason())).toCompletableFuture();
        }).toArray(CompletableFuture[]::new);
        return CompletableFuture.allOf(sent).thenCompose(x -> batch.ack());
    }

    /** A message read as an article; {@code prepared} is null for one with only a URL (fetched when stored). */
    private record Good(KafkaRecord<String, byte[]> record, IngestCommand command, ArticleService.Prepared prepared) {
    }

    private record Bad(KafkaRecord<String, byte[]> record, String reason) {
    }

    /**
     * Stores the good articles in one transaction, retried while failures are transient; returns
     * those refused as invalid, or null when the service stops before they could be stored.
     */
    private List<Bad> store(List<Good> good) {
        if (good.isEmpty()) {
            return List.of();
        }
        Backoff backoff = new Backoff();
        while (running) {
            try {
                return QuarkusTransaction.requiringNew().timeout(transactionTimeoutSeconds).call(() -> storeAll(good))
                        .count(ingested, duplicates);
            } catch (RuntimeException e) {
                if (Failures.isTransient(e)) {
                    if (!backoff.pause(e)) {
                        return null;
                    }
                } else {
                    LOG.debugf(e, "A Kafka batch failed for one article's sake; retrying its articles one at a time");
                    return storeOneByOne(good);
                }
            }
        }
        return null;
    }

    /** What one transaction did: counted only once it has committed. */
    private record Result(int created, int duplicates, List<Bad> refused) {
        List<Bad> count(Counter ingested, Counter duplicated) {
            ingested.increment(created);
            duplicated.increment(duplicates);
            return refused;
        }
    }

    private Result storeAll(List<Good> good) {
        // every lock the batch needs, in one order: two consumers (replicas) never deadlock
        articles.lockAhead(good.stream().map(Good::prepared).filter(java.util.Objects::nonNull).toList());
        List<Bad> refused = new ArrayList<>();
        int created = 0;
        int same = 0;
        for (Good g : good) {
            String problem = storeOne(g);
            if (problem == null) {
                created++;
            } else if (problem.isEmpty()) {
                same++;
            } else {
                refused.add(new Bad(g.record(), problem));
            }
        }
        return new Result(created, same, refused);
    }

    /** Null when stored, "" for a duplicate, else why the article was refused. */
    private String storeOne(Good g) {
        try {
            return (g.prepared() != null ? articles.store(g.prepared()) : articles.store(g.command())).created() ? null : "";
        } catch (InvalidInputException | UnprocessableException e) {
            return e.getMessage();
        }
    }

    private List<Bad> storeOneByOne(List<Good> good) {
        List<Bad> refused = new ArrayList<>();
        for (Good g : good) {
            Backoff backoff = new Backoff();
            while (true) {
                if (!running) {
                    return null;
                }
                try {
                    refused.addAll(QuarkusTransaction.requiringNew().timeout(transactionTimeoutSeconds)
                            .call(() -> storeAll(List.of(g))).count(ingested, duplicates));
                    break;
                } catch (RuntimeException e) {
                    if (Failures.isTransient(e)) {
                        if (!backoff.pause(e)) {
                            return null;
                        }
                        continue;
                    }
                    String errorId = UUID.randomUUID().toString();
                    LOG.errorf(e, "Kafka message %s could not be stored (error id %s)", where(g.record()), errorId);
                    refused.add(new Bad(g.record(), "The article could not be stored (error id " + errorId + ")."));
                    break;
                }
            }
        }
        return refused;
    }

    /** Pauses between retries: from the initial backoff, doubling, up to the maximum. */
    private final class Backoff {
        private Duration next = config.retryInitialBackoff();

        /** False when the service is stopping. */
        boolean pause(RuntimeException cause) {
            retries.increment();
            LOG.warnf("Kafka articles could not be stored (%s); retrying in %s, nothing is acknowledged meanwhile",
                    rootMessage(cause), next);
            long until = System.nanoTime() + next.toNanos();
            while (running && System.nanoTime() < until) {
                try {
                    Thread.sleep(Math.min(200, Math.max(1, (until - System.nanoTime()) / 1_000_000)));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
            Duration doubled = next.multipliedBy(2);
            next = doubled.compareTo(config.retryMaxBackoff()) > 0 ? config.retryMaxBackoff() : doubled;
            return running;
        }
    }

    private static String where(KafkaRecord<?, ?> record) {
        return record.getTopic() + "-" + record.getPartition()
                + (record instanceof io.smallrye.reactive.messaging.kafka.IncomingKafkaRecord<?, ?> in ? "@" + in.getOffset() : "");
    }

    private static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
