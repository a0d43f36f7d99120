package org.quotecheck.kafka;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;

/** The application with its Kafka consumer on, against the in-process broker; small limits and pauses. */
public class KafkaProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quotecheck.seeds.enabled", "false",
                "quotecheck.kafka.max-message-size", "64K",
                "quotecheck.kafka.retry-initial-backoff", "200ms",
                "quotecheck.kafka.retry-max-backoff", "1s",
                // commit acknowledged offsets every half second (throttled strategy) instead of every 5 s
                "mp.messaging.incoming.articles.auto.commit.interval.ms", "500");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(KafkaBrokerResource.class));
    }
}
