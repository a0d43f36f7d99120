package org.quotecheck.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quotecheck.deploy.Manifests.at;

import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quotecheck.deploy.Manifests.Manifest;

/**
 * The optional Kafka component (components/kafka) against the application: its Strimzi topics are
 * the ones the consumer reads and dead-letters to, on the cluster the bootstrap address names,
 * and the app may reach the brokers. (The checks every rendering gets, such as "every variable
 * sets a run-time property", run on production+kafka in {@link ManifestCrossCheckTest}.)
 */
class KafkaComponentTest {

    private final ApplicationConfiguration app = ApplicationConfiguration.load();

    @Test
    void theKafkaComponentPointsTheConsumerAtItsStrimziTopicsAndLetsTheAppReachTheBrokers() {
        List<Manifest> manifests = ManifestCrossCheckTest.manifests("production+kafka");
        Map<String, String> env = ManifestCrossCheckTest.appEnvironment(manifests);
        assertEquals("true", env.get("QUOTECHECK_KAFKA_ENABLED"));
        List<Manifest> topics = Manifests.custom(manifests, "KafkaTopic");
        Set<String> names = new java.util.HashSet<>();
        for (Manifest topic : topics) {
            names.add(topic.name());
            String cluster = String.valueOf(at(topic.raw(), "metadata", "labels", "strimzi.io/cluster"));
            // Strimzi's bootstrap Service is <cluster>-kafka-bootstrap
            assertTrue(env.get("KAFKA_BOOTSTRAP_SERVERS").startsWith(cluster + "-kafka-bootstrap."),
                    env.get("KAFKA_BOOTSTRAP_SERVERS") + " vs the topics' cluster " + cluster);
            assertTrue(((Number) at(topic.raw(), "spec", "partitions")).intValue() >= 1);
        }
        assertEquals(Set.of(env.get("QUOTECHECK_KAFKA_TOPIC"), env.get("QUOTECHECK_KAFKA_DEAD_LETTER_TOPIC")), names,
                "the consumer reads the topic and writes dead letters to the topic the component creates");
        assertFalse(env.get("QUOTECHECK_KAFKA_GROUP_ID").isBlank());
        int port = Integer.parseInt(env.get("KAFKA_BOOTSTRAP_SERVERS").replaceAll(".*:", ""));
        NetworkPolicy policy = Manifests.ofType(manifests, NetworkPolicy.class).stream()
                .filter(p -> p.getMetadata().getName().equals("quotecheck")).findFirst().orElseThrow();
        assertTrue(policy.getSpec().getEgress().stream().anyMatch(rule -> rule.getPorts().stream()
                .anyMatch(p -> p.getPort().getIntVal() == port) && rule.getTo().stream()
                .anyMatch(peer -> peer.getPodSelector() != null && peer.getPodSelector().getMatchLabels() != null
                        && peer.getPodSelector().getMatchLabels().containsKey("strimzi.io/cluster"))),
                "the app may reach the brokers on " + port);
    }

    @Test
    void withoutTheKafkaComponentTheConsumerStaysOff() {
        Map<String, String> env = ManifestCrossCheckTest.appEnvironment(Manifests.baseFiles());
        assertFalse(env.containsKey("QUOTECHECK_KAFKA_ENABLED"));
        assertFalse(env.containsKey("KAFKA_BOOTSTRAP_SERVERS"));
        assertEquals("false", app.require("quotecheck.kafka.enabled"));
    }

}
