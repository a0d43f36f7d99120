package org.quotecheck.kafka;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.quotecheck.Api;

/**
 * Articles from a Kafka topic, end to end against a real broker started in this JVM and the real
 * PostgreSQL: stored with their quotations, once however often they arrive, malformed messages on
 * the dead-letter topic with the reason, offsets committed after the store, lag in /q/metrics.
 */
@QuarkusTest
@TestProfile(KafkaProfile.class)
class KafkaIngestTest {

    private static final Duration PATIENCE = Duration.ofSeconds(120);
    private static KafkaProducer<String, byte[]> producer;
    private static KafkaConsumer<String, byte[]> deadLetters;
    private static final Map<String, ConsumerRecord<String, byte[]>> deadByKey = new HashMap<>();

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    AgroalDataSource dataSource;

    static String article(String token) {
        return "{\"text\": \"Harbor " + token + "\\n\\n“We will dredge the channel,” said Captain Ann Roe.\","
                + " \"title\": \"Kafka " + token + "\", \"publishedAt\": \"2024-05-01\"}";
    }

    private KafkaProducer<String, byte[]> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                    ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer());
        }
        return producer;
    }

    private void send(String key, byte[] value) throws Exception {
        producer().send(new ProducerRecord<>(KafkaBrokerResource.TOPIC, key, value)).get();
    }

    private void send(String key, String value) throws Exception {
        send(key, value.getBytes(StandardCharsets.UTF_8));
    }

    @AfterAll
    static void close() {
        if (producer != null) {
            producer.close();
            producer = null;
        }
        if (deadLetters != null) {
            deadLetters.close();
            deadLetters = null;
        }
    }

    private long count(String sql, Object... args) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static <T> T await(String what, Callable<T> poll) throws Exception {
        long end = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < end) {
            T value = poll.call();
            if (value != null && !Boolean.FALSE.equals(value)) {
                return value;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("Not within " + PATIENCE + ": " + what);
    }

    private long articles(String token) throws SQLException {
        return count("SELECT count(*) FROM article WHERE title = ?", "Kafka " + token);
    }

    private ConsumerRecord<String, byte[]> deadLetter(String key) throws Exception {
        return deadLetter(key, null);
    }

    /** With a short wait: reads what is on the dead-letter topic and answers null if the key is not. */
    private ConsumerRecord<String, byte[]> deadLetter(String key, Duration shortWait) throws Exception {
        if (deadLetters == null) {
            deadLetters = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                    ConsumerConfig.GROUP_ID_CONFIG, "dlq-reader-" + Api.unique(),
                    ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new ByteArrayDeserializer());
            deadLetters.subscribe(List.of(KafkaBrokerResource.DLQ));
        }
        if (shortWait != null) {
            long end = System.nanoTime() + shortWait.toNanos();
            while (System.nanoTime() < end) {
                deadLetters.poll(Duration.ofMillis(200)).forEach(r -> deadByKey.put(r.key(), r));
            }
            return deadByKey.get(key);
        }
        return await("dead letter " + key, () -> {
            for (ConsumerRecord<String, byte[]> r : deadLetters.poll(Duration.ofMillis(200))) {
                deadByKey.put(r.key(), r);
            }
            return deadByKey.get(key);
        });
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header h = record.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    @Test
    void messagesOnTheTopicBecomeArticlesWithTheirQuotations() throws Exception {
        String a = Api.unique();
        String b = Api.unique();
        send(a, article(a));
        send(b, "{\"html\": \"<h1>Kafka " + b + "</h1><p>“The tide is turning,” said Mayor Jo Bell " + b
                + ".</p>\", \"title\": \"Kafka " + b + "\", \"publisher\": \"Bus News\"}");
        await("both articles stored", () -> articles(a) == 1 && articles(b) == 1);
        assertEquals(1, count("SELECT count(*) FROM quotation q JOIN article x ON x.id = q.article_id"
                + " WHERE x.title = ? AND q.text LIKE '%dredge the channel%'", "Kafka " + a));
        assertEquals(1, count("SELECT count(*) FROM quotation q JOIN article x ON x.id = q.article_id"
                + " WHERE x.title = ? AND x.publisher = 'Bus News' AND q.text LIKE '%tide is turning%'", "Kafka " + b));
        assertEquals(1, count("SELECT count(*) FROM article WHERE title = ? AND published_at = '2024-05-01T00:00:00Z'",
                "Kafka " + a));
    }

    @Test
    void theSameArticleDeliveredAgainIsStoredOnce() throws Exception {
        String t = Api.unique();
        send(t + "-1", article(t));
        send(t + "-2", article(t)); // in the same poll, most likely
        await("first copy stored", () -> articles(t) == 1);
        String later = Api.unique();
        send(t + "-3", article(t)); // a redelivery after the first was committed
        send(later, article(later)); // consumed after the redelivery
        await("the article after the redelivery", () -> articles(later) == 1);
        assertEquals(1, articles(t), "one article, however often its message arrives");
        assertEquals(1, count("SELECT count(*) FROM article WHERE text LIKE ?", "Harbor " + t + "%"));
    }

    @Test
    void malformedMessagesGoToTheDeadLetterTopicWithTheReasonAndConsumptionGoesOn() throws Exception {
        String t = Api.unique();
        send(t + "-not-json", "{\"text\": \"broken");
        send(t + "-unknown-field", "{\"text\": \"“Fine,” said Bo Li.\", \"colour\": \"red\"}");
        send(t + "-no-text", "{\"title\": \"Kafka " + t + " empty\"}");
        send(t + "-bad-date", "{\"text\": \"“Fine,” said Bo Li " + t + ".\", \"publishedAt\": \"yesterday\"}");
        send(t + "-utf8", new byte[] {'{', (byte) 0xC3, (byte) 0x28, '}'});
        send(t + "-too-large", ("{\"text\": \"" + "a".repeat(70 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8));
        send(t + "-array", "[1, 2]");
        String good = t + "-good";
        send(good, article(good));

        Map<String, String> expected = Map.of(
                "-not-json", "Not a JSON article",
                "-unknown-field", "colour",
                "-no-text", "text",
                "-bad-date", "publishedAt",
                "-utf8", "not valid UTF-8",
                "-too-large", "larger than 65536 bytes",
                "-array", "Not a JSON article");
        for (var e : expected.entrySet()) {
            ConsumerRecord<String, byte[]> dead = deadLetter(t + e.getKey());
            String reason = header(dead, "dead-letter-reason");
            assertTrue(reason != null && reason.contains(e.getValue()), e.getKey() + ": " + reason);
            assertEquals(KafkaBrokerResource.TOPIC, header(dead, "dead-letter-topic"));
            assertTrue(header(dead, "dead-letter-offset").matches("\\d+"));
        }
        ConsumerRecord<String, byte[]> utf8 = deadLetter(t + "-utf8");
        assertEquals(4, utf8.value().length, "the dead letter keeps the message's bytes as they came");
        await("the good article after the bad ones", () -> articles(good) == 1);
        assertEquals(0, count("SELECT count(*) FROM article WHERE title = ?", "Kafka " + t + " empty"));
        assertEquals(null, deadByKey.get(good), "a good article is never dead-lettered");
    }

    @Test
    void offsetsAreCommittedOnceTheArticlesAreStored() throws Exception {
        String t = Api.unique();
        send(t, article(t));
        await("stored", () -> articles(t) == 1);
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            TopicPartition partition = new TopicPartition(KafkaBrokerResource.TOPIC, 0);
            long end = admin.listOffsets(Map.of(partition, org.apache.kafka.clients.admin.OffsetSpec.latest()))
                    .partitionResult(partition).get().offset();
            await("committed offset reaches the end of the topic (" + end + ")", () -> {
                OffsetAndMetadata committed = admin.listConsumerGroupOffsets("quotecheck")
                        .partitionsToOffsetAndMetadata().get().get(partition);
                return committed != null && committed.offset() >= end;
            });
        }
    }

    @Test
    void consumerLagIsInTheMetrics() throws Exception {
        String t = Api.unique();
        send(t, article(t));
        await("stored", () -> articles(t) == 1);
        String metrics = await("lag metric", () -> {
            String body = given().get("/q/metrics").then().statusCode(200).extract().asString();
            return body.contains("kafka_consumer_fetch_manager_records_lag_max") ? body : null;
        });
        assertTrue(metrics.contains("quotecheck_kafka_articles_total{outcome=\"ingested\""), "our own counters too");
    }

    private static double metric(String name) {
        String body = given().get("/q/metrics").then().statusCode(200).extract().asString();
        return body.lines().filter(l -> l.startsWith(name + " ") || l.startsWith(name + "{"))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
    }

    /**
     * A database failure while a batch is stored (here: the consumer's connection is killed by
     * the server, as in a failover) is no fault of the message: the batch is retried, nothing goes
     * to the dead-letter topic, and the article is stored once the database answers again.
     */
    @Test
    void aDatabaseFailureWhileStoringIsRetriedAndNeverDeadLettered() throws Exception {
        String t = Api.unique();
        double retriesBefore = metric("quotecheck_kafka_retries_total");
        try (Connection lock = dataSource.getConnection(); var s = lock.createStatement()) {
            lock.setAutoCommit(false);
            s.execute("LOCK TABLE article IN SHARE MODE"); // reads go on, the consumer's insert waits
            send(t, article(t));
            String waiting = "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
                    + " AND backend_type = 'client backend' AND pid <> pg_backend_pid()";
            for (int kill = 0; kill < 2; kill++) {
                await("the consumer waiting for the table", () -> count(waiting) > 0);
                // the killed backends by pid: the consumer retries after 0.2 s and waits again on a new
                // connection, so "nobody waits" could be missed (CI saw it once)
                java.util.List<Integer> killed = new java.util.ArrayList<>();
                try (var r = s.executeQuery("SELECT pid, pg_terminate_backend(pid) FROM pg_stat_activity"
                        + " WHERE wait_event_type = 'Lock' AND backend_type = 'client backend'"
                        + " AND pid <> pg_backend_pid()")) {
                    while (r.next()) {
                        killed.add(r.getInt(1));
                    }
                }
                await("the killed connection gone", () -> count("SELECT count(*) FROM pg_stat_activity"
                        + " WHERE pid = ANY(?)", lock.createArrayOf("integer", killed.toArray())) == 0);
            }
            assertEquals(0, articles(t));
            lock.commit();
        }
        await("stored once the database answers", () -> articles(t) == 1);
        assertTrue(metric("quotecheck_kafka_retries_total") >= retriesBefore + 2, "the batch was retried");
        String later = Api.unique();
        send(later, article(later));
        await("consumption goes on", () -> articles(later) == 1);
        assertEquals(1, articles(t));
        deadLetters(); // whatever reached the dead-letter topic by now
        assertEquals(null, deadByKey.get(t), "a transient failure never dead-letters a message");
    }

    private void deadLetters() throws Exception {
        deadLetter("nothing-" + Api.unique(), Duration.ofSeconds(3));
    }
}
