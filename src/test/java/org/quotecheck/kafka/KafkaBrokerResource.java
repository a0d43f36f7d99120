package org.quotecheck.kafka;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Starts the {@link InProcessKafka} broker before the application, creates the articles topic
 * and its dead-letter topic, and points the application at it with the consumer switched on.
 */
public class KafkaBrokerResource implements QuarkusTestResourceLifecycleManager {

    static final String TOPIC = "articles";
    static final String DLQ = "articles-dlq";
    private InProcessKafka kafka;

    @Override
    public Map<String, String> start() {
        kafka = InProcessKafka.start();
        kafka.createTopics(1, TOPIC, DLQ);
        return Map.of("kafka.bootstrap.servers", kafka.bootstrapServers(),
                "quotecheck.kafka.enabled", "true");
    }

    @Override
    public void stop() {
        if (kafka != null) {
            kafka.close();
        }
    }
}
