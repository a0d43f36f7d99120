package org.quotecheck.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quotecheck.deploy.Manifests.Manifest;

/** Each kustomization renders with the kustomize built into kubectl, into the objects we meant. */
class OverlayRenderingTest {

    @BeforeEach
    void needsKubectl() {
        assumeTrue(Manifests.kubectl().isPresent(), Manifests.NO_KUBECTL);
    }

    @Test
    void baseRendersTheStatelessAppWithoutAnySecretOrDatabase() {
        Map<String, Long> kinds = renderStrictly(Manifests.BASE);
        assertEquals(Map.of("ServiceAccount", 1L, "ConfigMap", 1L, "Service", 1L, "Deployment", 1L,
                "PodDisruptionBudget", 1L, "HorizontalPodAutoscaler", 1L, "NetworkPolicy", 2L), kinds);
    }

    @Test
    void devRendersTheAppPlusOnePostgresStatefulSetAndGeneratedDatabaseAndAuthSecrets() {
        Map<String, Long> kinds = renderStrictly(Manifests.DEV);
        assertEquals(1L, kinds.get("StatefulSet"));
        assertEquals(2L, kinds.get("Secret"));
        assertEquals(1L, kinds.get("Namespace"));
        assertEquals(2L, kinds.get("Service"));
        assertEquals(1L, kinds.get("Deployment"));
    }

    @Test
    void productionRendersTheAppPlusCloudNativePgClusterBackupsAndIngress() {
        Map<String, Long> kinds = renderStrictly(Manifests.PRODUCTION);
        assertEquals(1L, kinds.get("Cluster"));
        assertEquals(1L, kinds.get("ScheduledBackup"));
        assertEquals(1L, kinds.get("Ingress"));
        assertEquals(3L, kinds.get("NetworkPolicy"));
        assertEquals(null, kinds.get("Secret"), "production holds no Secret: the operator makes the database one, the team the auth one");
        assertEquals(null, kinds.get("Pooler"), "the Pooler is an opt-in component");
        assertEquals(null, kinds.get("KafkaTopic"), "Kafka is an opt-in component");
    }

    @Test
    void productionWithThePoolerComponentAddsOnePooler() {
        List<Manifest> rendered = Manifests.renderProductionWithPooler();
        rendered.forEach(Manifests::assertStrictlyParsed);
        assertEquals(1L, Manifests.countKinds(rendered).get("Pooler"));
    }

    @Test
    void productionWithTheKafkaComponentAddsTheTopicAndItsDeadLetterTopic() {
        List<Manifest> rendered = Manifests.renderProductionWithKafka();
        rendered.forEach(Manifests::assertStrictlyParsed);
        assertEquals(2L, Manifests.countKinds(rendered).get("KafkaTopic"));
        for (Manifest topic : Manifests.custom(rendered, "KafkaTopic")) {
            assertEquals("quotecheck", Manifests.at(topic.raw(), "metadata", "namespace"), topic.toString());
        }
    }

    @Test
    void everyRenderedObjectOfAnOverlayIsInItsNamespace() {
        for (Path overlay : List.of(Manifests.DEV, Manifests.PRODUCTION)) {
            List<Manifest> rendered = Manifests.render(overlay);
            String namespace = rendered.stream().filter(m -> m.kind().equals("Namespace")).findFirst()
                    .orElseThrow().name();
            for (Manifest m : rendered) {
                if (!m.kind().equals("Namespace")) {
                    assertEquals(namespace, Manifests.at(m.raw(), "metadata", "namespace"), m.toString());
                }
            }
        }
    }

    private static Map<String, Long> renderStrictly(Path dir) {
        List<Manifest> rendered = Manifests.render(dir);
        assertTrue(!rendered.isEmpty(), dir + " rendered nothing");
        rendered.forEach(Manifests::assertStrictlyParsed);
        Map<String, Long> kinds = Manifests.countKinds(rendered);
        System.out.println("kubectl kustomize " + Manifests.DEPLOY.getParent().relativize(dir) + ": "
                + rendered.size() + " objects " + kinds);
        return kinds;
    }
}
