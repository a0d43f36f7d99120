package org.quotecheck.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads the manifests under {@code deploy/} with the fabric8 Kubernetes model, and renders the
 * kustomizations with {@code kubectl kustomize} when kubectl is on the PATH.
 */
final class Manifests {

    static final Path DEPLOY = Paths.get("deploy").toAbsolutePath();
    static final Path KUBERNETES = DEPLOY.resolve("kubernetes");
    static final Path BASE = KUBERNETES.resolve("base");
    static final Path DEV = KUBERNETES.resolve("overlays/dev");
    static final Path PRODUCTION = KUBERNETES.resolve("overlays/production");
    static final Path POOLER_COMPONENT = KUBERNETES.resolve("components/cnpg-pooler");
    static final Path SSO_COMPONENT = KUBERNETES.resolve("components/sso");
    static final Path KAFKA_COMPONENT = KUBERNETES.resolve("components/kafka");

    /** Custom resources that the manifests may use; everything else must be a built-in kind. */
    static final Set<String> CUSTOM_API_VERSIONS = Set.of("postgresql.cnpg.io/v1", "kafka.strimzi.io/v1beta2");
    static final Set<String> KUSTOMIZE_API_VERSIONS = Set.of(
            "kustomize.config.k8s.io/v1beta1", "kustomize.config.k8s.io/v1alpha1");

    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final Map<String, List<Manifest>> RENDERED = new ConcurrentHashMap<>();

    private Manifests() {
    }

    /** One YAML document: its raw tree (for custom resources) and what fabric8 made of it. */
    record Manifest(String source, Map<String, Object> raw, KubernetesResource object) {

        String apiVersion() {
            return String.valueOf(raw.get("apiVersion"));
        }

        String kind() {
            return String.valueOf(raw.get("kind"));
        }

        String name() {
            return ((HasMetadata) object).getMetadata().getName();
        }

        boolean isKustomization() {
            return KUSTOMIZE_API_VERSIONS.contains(apiVersion());
        }

        <T> T as(Class<T> type) {
            return type.cast(object);
        }

        @Override
        public String toString() {
            return source + " " + kind() + "/" + (raw.get("metadata") instanceof Map<?, ?> m ? m.get("name") : "?");
        }
    }

    static List<Path> yamlFilesUnderDeploy() {
        try (Stream<Path> files = Files.walk(DEPLOY)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
                    .sorted()
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Manifest> parseFile(Path file) {
        try {
            return parse(DEPLOY.getParent().relativize(file).toString(), Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every document of a (multi-document) YAML text; empty documents are skipped. */
    static List<Manifest> parse(String source, String yaml) {
        List<Manifest> manifests = new ArrayList<>();
        try (var parser = YAML.getFactory().createParser(yaml)) {
            var documents = YAML.readValues(parser, new TypeReference<Map<String, Object>>() {
            });
            int index = 0;
            while (documents.hasNext()) {
                Map<String, Object> raw = documents.next();
                index++;
                if (raw == null || raw.isEmpty()) {
                    continue;
                }
                String where = source + "#" + index;
                assertTrue(raw.get("apiVersion") instanceof String && raw.get("kind") instanceof String,
                        where + ": every document needs apiVersion and kind");
                KubernetesResource object = SERIALIZATION.unmarshal(JSON.writeValueAsString(raw));
                manifests.add(new Manifest(where, raw, object));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(source + " is not valid YAML", e);
        }
        return manifests;
    }

    /**
     * The strict reading: a built-in kind must come out as its typed model class (a generic
     * resource means the model does not know the kind and would drop it), custom resources only
     * from the CRDs we use, and no field may be unknown to the model (a misspelt field lands in
     * additionalProperties and is ignored by the API server too).
     */
    static void assertStrictlyParsed(Manifest m) {
        if (m.isKustomization()) {
            return;
        }
        boolean custom = CUSTOM_API_VERSIONS.contains(m.apiVersion());
        if (custom) {
            assertTrue(m.object() instanceof GenericKubernetesResource, m + ": custom resource");
            return;
        }
        assertTrue(!(m.object() instanceof GenericKubernetesResource),
                m + ": " + m.apiVersion() + " " + m.kind() + " is not a kind the Kubernetes model knows");
        assertEquals(m.object().getClass(), SERIALIZATION.getRegisteredKubernetesResource(m.apiVersion(), m.kind()),
                m + ": parsed to an unexpected class");
        List<String> unknown = new ArrayList<>();
        collectUnknownFields(m.object(), m.kind(), unknown, new IdentityHashMap<>());
        assertEquals(List.of(), unknown, m + ": fields unknown to the Kubernetes model");
    }

    private static void collectUnknownFields(Object node, String path, List<String> unknown,
            IdentityHashMap<Object, Boolean> seen) {
        if (node == null || seen.put(node, Boolean.TRUE) != null) {
            return;
        }
        if (node instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                collectUnknownFields(item, path + "[" + i++ + "]", unknown, seen);
            }
            return;
        }
        if (node instanceof Map<?, ?> map) {
            for (var e : map.entrySet()) {
                collectUnknownFields(e.getValue(), path + "." + e.getKey(), unknown, seen);
            }
            return;
        }
        if (!node.getClass().getName().startsWith("io.fabric8.kubernetes.api.model")) {
            return;
        }
        for (Method getter : node.getClass().getMethods()) {
            if (getter.getParameterCount() != 0 || Modifier.isStatic(getter.getModifiers())
                    || getter.getDeclaringClass() == Object.class || !getter.getName().startsWith("get")) {
                continue;
            }
            Object value;
            try {
                value = getter.invoke(node);
            } catch (ReflectiveOperationException e) {
                continue;
            }
            if (getter.getName().equals("getAdditionalProperties")) {
                if (value instanceof Map<?, ?> extra && !extra.isEmpty()) {
                    unknown.add(path + ": " + extra.keySet());
                }
                continue;
            }
            String field = Character.toLowerCase(getter.getName().charAt(3)) + getter.getName().substring(4);
            collectUnknownFields(value, path + "." + field, unknown, seen);
        }
    }

    static Optional<Path> kubectl() {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Paths.get(dir, "kubectl");
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    static final String NO_KUBECTL = "kubectl is not on the PATH: kustomize rendering checks skipped "
            + "(install kubectl to run them)";

    /** {@code kubectl kustomize dir}, parsed; cached because several tests read the same overlay. */
    static List<Manifest> render(Path kustomizationDir) {
        return RENDERED.computeIfAbsent(kustomizationDir.toString(), k -> {
            Path kubectl = kubectl().orElseThrow(() -> new IllegalStateException(NO_KUBECTL));
            try {
                Path out = Files.createTempFile("kustomize", ".yaml");
                Process process = new ProcessBuilder(kubectl.toString(), "kustomize", kustomizationDir.toString())
                        .redirectOutput(out.toFile())
                        .redirectErrorStream(false)
                        .start();
                String errors = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
                if (!process.waitFor(120, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    fail("kubectl kustomize " + kustomizationDir + " did not finish in 120 s");
                }
                String yaml = Files.readString(out);
                Files.delete(out);
                if (process.exitValue() != 0) {
                    fail("kubectl kustomize " + kustomizationDir + " failed: " + errors);
                }
                return parse("kustomize " + DEPLOY.getParent().relativize(kustomizationDir), yaml);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        });
    }

    /**
     * The production overlay with the optional Pooler component, rendered from a throw-away
     * kustomization under target/ (a component is only ever used from another kustomization).
     */
    static List<Manifest> renderProductionWithPooler() {
        return renderProductionWith(POOLER_COMPONENT, "kustomize-production-pooler");
    }

    /** The production overlay with the optional Kafka component (Strimzi topics, the consumer switched on). */
    static List<Manifest> renderProductionWithKafka() {
        return renderProductionWith(KAFKA_COMPONENT, "kustomize-production-kafka");
    }

    /** The production overlay with the optional single sign-on component (README "Single sign-on"). */
    static List<Manifest> renderProductionWithSso() {
        return renderProductionWith(SSO_COMPONENT, "kustomize-production-sso");
    }

    private static List<Manifest> renderProductionWith(Path component, String name) {
        try {
            Path dir = Paths.get("target", name).toAbsolutePath();
            Files.createDirectories(dir);
            String yaml = "apiVersion: kustomize.config.k8s.io/v1beta1\n"
                    + "kind: Kustomization\n"
                    + "namespace: quotecheck\n"
                    + "resources:\n  - " + dir.relativize(PRODUCTION) + "\n"
                    + "components:\n  - " + dir.relativize(component) + "\n";
            Files.writeString(dir.resolve("kustomization.yaml"), yaml);
            return render(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The base's own files, as they are (the base needs no kustomize to be read). */
    static List<Manifest> baseFiles() {
        List<Manifest> all = new ArrayList<>();
        for (Path file : yamlFilesUnderDeploy()) {
            if (file.getParent().equals(BASE)) {
                all.addAll(parseFile(file));
            }
        }
        return all.stream().filter(m -> !m.isKustomization()).collect(Collectors.toList());
    }

    static <T> List<T> ofType(List<Manifest> manifests, Class<T> type) {
        return manifests.stream().map(Manifest::object).filter(type::isInstance).map(type::cast)
                .collect(Collectors.toList());
    }

    static <T> T single(List<Manifest> manifests, Class<T> type) {
        List<T> found = ofType(manifests, type);
        assertEquals(1, found.size(), "exactly one " + type.getSimpleName() + " expected");
        return found.get(0);
    }

    static List<Manifest> custom(List<Manifest> manifests, String kind) {
        return manifests.stream()
                .filter(m -> CUSTOM_API_VERSIONS.contains(m.apiVersion()) && m.kind().equals(kind))
                .collect(Collectors.toList());
    }

    /** Walks a raw tree: {@code at(raw, "spec", "cluster", "name")}; null when absent. */
    static Object at(Map<String, Object> raw, String... path) {
        Object node = raw;
        for (String key : path) {
            if (!(node instanceof Map<?, ?> map)) {
                return null;
            }
            node = map.get(key);
        }
        return node;
    }

    static Map<String, Long> countKinds(List<Manifest> manifests) {
        return manifests.stream().collect(Collectors.groupingBy(Manifest::kind, LinkedHashMap::new,
                Collectors.counting()));
    }
}
