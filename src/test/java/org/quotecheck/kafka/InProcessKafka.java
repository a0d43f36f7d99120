package org.quotecheck.kafka;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;

/**
 * A real Apache Kafka broker inside this JVM: one KRaft node that is broker and controller at
 * once ({@code process.roles=broker,controller}), Kafka's own server classes (the
 * {@code KafkaClusterTestKit} of Apache Kafka's test-common-runtime), its log in a temporary
 * folder, listening on random loopback ports. No Docker, no ZooKeeper.
 */
public final class InProcessKafka implements AutoCloseable {

    private final KafkaClusterTestKit cluster;
    private final Path directory;

    private InProcessKafka(KafkaClusterTestKit cluster, Path directory) {
        this.cluster = cluster;
        this.directory = directory;
    }

    /** Formats the log folder, starts the node and waits until the broker is ready. */
    public static InProcessKafka start() {
        try {
            Path directory = Files.createTempDirectory("quotecheck-kafka-");
            TestKitNodes nodes = new TestKitNodes.Builder()
                    .setCombined(true)
                    .setNumBrokerNodes(1)
                    .setNumControllerNodes(1)
                    .setBaseDirectory(directory)
                    .build();
            KafkaClusterTestKit cluster = new KafkaClusterTestKit.Builder(nodes)
                    .setConfigProp("offsets.topic.replication.factor", "1")
                    .setConfigProp("offsets.topic.num.partitions", "1")
                    .setConfigProp("transaction.state.log.replication.factor", "1")
                    .setConfigProp("transaction.state.log.min.isr", "1")
                    .setConfigProp("group.initial.rebalance.delay.ms", "0")
                    .setConfigProp("num.partitions", "1")
                    .setConfigProp("auto.create.topics.enable", "false")
                    .setDeleteOnClose(true)
                    .build();
            cluster.format();
            cluster.startup();
            cluster.waitForReadyBrokers();
            return new InProcessKafka(cluster, directory);
        } catch (Exception e) {
            throw new IllegalStateException("The in-process Kafka broker did not start", e);
        }
    }

    /** {@code host:port} of the broker's listener (loopback, a random port). */
    public String bootstrapServers() {
        return cluster.bootstrapServers();
    }

    /** Creates topics (one partition each, replication 1) and waits until they exist. */
    public void createTopics(int partitions, String... topics) {
        try (Admin admin = admin()) {
            admin.createTopics(java.util.Arrays.stream(topics).map(t -> new NewTopic(t, partitions, (short) 1)).toList())
                    .all().get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Could not create " + List.of(topics), e);
        }
    }

    public Admin admin() {
        Properties p = new Properties();
        p.putAll(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()));
        return Admin.create(p);
    }

    @Override
    public void close() {
        try {
            cluster.close();
        } catch (Exception e) {
            throw new IllegalStateException("The in-process Kafka broker did not stop cleanly", e);
        } finally {
            deleteQuietly(directory);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (var walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (java.io.IOException ignored) {
            // a temporary folder: the system cleans it up eventually
        }
    }
}
