package org.quotecheck.kafka;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * Consuming articles from a Kafka topic ({@code quotecheck.kafka.*}). Off by default: the
 * {@code articles} channel ({@code mp.messaging.incoming.articles.*}) follows {@link #enabled()}.
 */
@ConfigMapping(prefix = "quotecheck.kafka")
public interface KafkaIngestConfig {

    /** Consume the topic (also needs {@code kafka.bootstrap.servers}); when false nothing connects to Kafka. */
    @WithDefault("false")
    boolean enabled();

    /** The topic articles arrive on: one NDJSON import line (JSON) per message. */
    @WithDefault("articles")
    String topic();

    /** Where malformed messages go, with the reason in the {@code dead-letter-reason} header. */
    @WithDefault("articles-dlq")
    String deadLetterTopic();

    /** The consumer group: replicas with the same group share the topic's partitions. */
    @WithDefault("quotecheck")
    String groupId();

    /** Largest message value (Kafka's own default limit); a larger one goes to the dead-letter topic. */
    @WithDefault("1M")
    MemorySize maxMessageSize();

    /** First pause before a batch is retried after a transient failure (database down, timeout). */
    @WithDefault("1s")
    Duration retryInitialBackoff();

    /** Longest pause between retries of a batch; retries go on until the batch is stored. */
    @WithDefault("30s")
    Duration retryMaxBackoff();
}
