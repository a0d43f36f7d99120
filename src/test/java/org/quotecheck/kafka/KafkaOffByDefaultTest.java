package org.quotecheck.kafka;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Without configuration (the README's two commands) the application has no Kafka consumer or
 * producer, connects to no broker, and its health does not depend on Kafka.
 */
@QuarkusTest
class KafkaOffByDefaultTest {

    @ConfigProperty(name = "quotecheck.kafka.enabled")
    boolean enabled;

    @ConfigProperty(name = "mp.messaging.incoming.articles.enabled")
    boolean channelEnabled;

    @Test
    void theConsumerIsOffAndNoKafkaClientRuns() {
        assertFalse(enabled);
        assertFalse(channelEnabled, "the channel follows quotecheck.kafka.enabled");
        assertTrue(Thread.getAllStackTraces().keySet().stream()
                .noneMatch(t -> t.getName().startsWith("smallrye-kafka") || t.getName().startsWith("kafka-")),
                "no Kafka client thread");
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertFalse(metrics.contains("kafka_consumer_"), "no Kafka consumer metrics: there is no consumer");
    }

    @Test
    void healthIsUpWithoutAnyBroker() {
        String health = given().get("/q/health/ready").then().statusCode(200).extract().asString();
        assertFalse(health.toLowerCase(java.util.Locale.ROOT).contains("kafka"), health);
    }
}
