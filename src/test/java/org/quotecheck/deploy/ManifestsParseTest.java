package org.quotecheck.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quotecheck.deploy.Manifests.at;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.quotecheck.deploy.Manifests.Manifest;

/** Every YAML file under deploy/ is something Kubernetes (or kustomize, or CloudNativePG) reads. */
class ManifestsParseTest {

    static Stream<Path> yamlFiles() {
        return Manifests.yamlFilesUnderDeploy().stream();
    }

    @Test
    void deployHoldsTheBaseTheOverlaysAndThePoolerComponent() {
        List<Path> files = Manifests.yamlFilesUnderDeploy();
        assertTrue(files.size() >= 15, "found only " + files);
        for (Path dir : List.of(Manifests.BASE, Manifests.DEV, Manifests.PRODUCTION, Manifests.POOLER_COMPONENT,
                Manifests.KAFKA_COMPONENT)) {
            assertTrue(Files.isRegularFile(dir.resolve("kustomization.yaml")), dir + " has a kustomization");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("yamlFiles")
    void everyDocumentParsesWithTheKubernetesModelAndNoFieldIsUnknown(Path file) {
        List<Manifest> manifests = Manifests.parseFile(file);
        assertFalse(manifests.isEmpty(), file + " holds no document");
        manifests.forEach(Manifests::assertStrictlyParsed);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("yamlFiles")
    void everyFileAKustomizationNamesExists(Path file) {
        for (Manifest m : Manifests.parseFile(file)) {
            if (!m.isKustomization()) {
                continue;
            }
            for (String key : List.of("resources", "components")) {
                if (at(m.raw(), key) instanceof List<?> entries) {
                    for (Object entry : entries) {
                        assertTrue(Files.exists(file.getParent().resolve(entry.toString())),
                                m + ": " + key + " entry " + entry + " does not exist");
                    }
                }
            }
            // a kustomization's own resources must all be parsed by this test too
            if (at(m.raw(), "resources") instanceof List<?> entries) {
                for (Object entry : entries) {
                    Path p = file.getParent().resolve(entry.toString()).normalize();
                    assertTrue(Files.isDirectory(p) || p.startsWith(Manifests.DEPLOY), p + " outside deploy/");
                }
            }
        }
    }

    @Test
    void cloudNativePgClusterHasInstancesStorageBootstrapAndBackup() {
        List<Manifest> clusters = Manifests.custom(Manifests.parseFile(
                Manifests.PRODUCTION.resolve("database-cluster.yaml")), "Cluster");
        assertEquals(1, clusters.size());
        Map<String, Object> c = clusters.get(0).raw();
        assertEquals(3, at(c, "spec", "instances"));
        assertTrue(at(c, "spec", "storage", "size") instanceof String, "storage.size is required");
        assertTrue(at(c, "spec", "bootstrap", "initdb", "database") instanceof String);
        assertTrue(at(c, "spec", "bootstrap", "initdb", "owner") instanceof String);
        assertTrue(String.valueOf(at(c, "spec", "backup", "barmanObjectStore", "destinationPath")).contains("://"),
                "backups go to an object store");
        assertTrue(at(c, "spec", "backup", "retentionPolicy") instanceof String);
        assertEquals(Set.of("accessKeyId", "secretAccessKey"),
                ((Map<?, ?>) at(c, "spec", "backup", "barmanObjectStore", "s3Credentials")).keySet());
    }

    @Test
    void scheduledBackupUsesSixFieldCronAndNamesTheCluster() {
        Map<String, Object> b = Manifests.custom(Manifests.parseFile(
                Manifests.PRODUCTION.resolve("database-scheduledbackup.yaml")), "ScheduledBackup").get(0).raw();
        assertEquals(6, String.valueOf(at(b, "spec", "schedule")).trim().split("\\s+").length,
                "CloudNativePG schedules have a seconds field");
        assertEquals("quotecheck-db", at(b, "spec", "cluster", "name"));
        assertEquals("barmanObjectStore", at(b, "spec", "method"));
    }

    @Test
    void poolerUsesSessionPoolingSoFlywaysAdvisoryLockHolds() {
        Map<String, Object> p = Manifests.custom(Manifests.parseFile(
                Manifests.POOLER_COMPONENT.resolve("pooler.yaml")), "Pooler").get(0).raw();
        assertEquals("quotecheck-db", at(p, "spec", "cluster", "name"));
        assertEquals("rw", at(p, "spec", "type"));
        assertEquals("session", at(p, "spec", "pgbouncer", "poolMode"));
    }

    @Test
    void kafkaTopicsBelongToAStrimziClusterAndKeepDeadLettersLonger() {
        List<Manifest> topics = Manifests.custom(Manifests.parseFile(
                Manifests.KAFKA_COMPONENT.resolve("topics.yaml")), "KafkaTopic");
        assertEquals(List.of("articles", "articles-dlq"), topics.stream().map(Manifest::name).toList());
        for (Manifest t : topics) {
            assertTrue(at(t.raw(), "metadata", "labels", "strimzi.io/cluster") instanceof String,
                    t + ": the Topic Operator only manages topics labelled with their cluster");
            assertTrue(((Number) at(t.raw(), "spec", "replicas")).intValue() >= 3, t + ": replicated");
        }
        long kept = Long.parseLong((String) at(topics.get(0).raw(), "spec", "config", "retention.ms"));
        long keptDead = Long.parseLong((String) at(topics.get(1).raw(), "spec", "config", "retention.ms"));
        assertTrue(keptDead > kept, "dead letters wait for a person");
    }

    @Test
    void aMisspeltFieldIsCaught() {
        String yaml = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: x\nspec:\n"
                + "  template:\n    spec:\n      containers:\n        - name: c\n          image: i\n"
                + "          readinesProbe:\n            httpGet:\n              path: /q/health/ready\n";
        Manifest m = Manifests.parse("inline", yaml).get(0);
        AssertionError error = assertThrows(AssertionError.class, () -> Manifests.assertStrictlyParsed(m));
        assertTrue(error.getMessage().contains("readinesProbe"), error.getMessage());
    }

    @Test
    void aKindTheModelDoesNotKnowIsCaught() {
        Manifest m = Manifests.parse("inline", "apiVersion: apps/v1\nkind: Deploymnet\nmetadata:\n  name: x\n").get(0);
        assertThrows(AssertionError.class, () -> Manifests.assertStrictlyParsed(m));
    }

    @Test
    void aWellFormedDeploymentPasses() {
        String yaml = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: x\nspec:\n"
                + "  template:\n    spec:\n      containers:\n        - name: c\n          image: i\n";
        Manifests.assertStrictlyParsed(Manifests.parse("inline", yaml).get(0));
    }
}
