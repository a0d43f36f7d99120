package org.quotecheck.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.ConfigMappings;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What the application accepts as configuration, read the way Quarkus reads it: the keys of
 * application.properties (with the prod profile applied), the application's own
 * {@code @ConfigMapping} interfaces, and every property of the Quarkus extensions on the
 * classpath as described by their config model ({@code META-INF/quarkus-config-doc}), with its
 * default value and the phase in which it can still be set.
 */
final class ApplicationConfiguration {

    /** A property the application knows; {@code envPattern} matches its environment variables. */
    record KnownProperty(String name, Pattern envPattern, String phase, String defaultValue, String origin) {

        boolean settableAtRunTime() {
            return phase == null || phase.equals("RUN_TIME");
        }
    }

    /**
     * Variables that the base image reads, not the application (ubi9 openjdk run-java.sh). Kept
     * short on purpose: anything else a manifest sets must be a configuration property.
     */
    static final Map<String, String> IMAGE_ENVIRONMENT = Map.of(
            "JAVA_MAX_MEM_RATIO", "run-java.sh: heap as a percentage of the container memory limit",
            "JAVA_OPTS_APPEND", "run-java.sh: extra JVM options");

    private static final Path PROPERTIES = Paths.get("src/main/resources/application.properties");
    private static volatile ApplicationConfiguration instance;

    private final Map<String, String> prodProperties;
    private final List<KnownProperty> known;

    private ApplicationConfiguration(Map<String, String> prodProperties, List<KnownProperty> known) {
        this.prodProperties = prodProperties;
        this.known = known;
    }

    static ApplicationConfiguration load() {
        if (instance == null) {
            Map<String, String> prod = readProdProperties();
            List<KnownProperty> known = new ArrayList<>();
            // quarkus.* keys are judged by the extensions' models below (with their phase)
            prod.keySet().stream().filter(key -> !key.startsWith("quarkus."))
                    .forEach(key -> known.add(new KnownProperty(key, exactEnv(key), null, null,
                            "application.properties")));
            known.addAll(applicationMappings());
            known.addAll(extensionModels());
            instance = new ApplicationConfiguration(prod, List.copyOf(known));
        }
        return instance;
    }

    /** The value in production: application.properties (prod profile), else the extension default. */
    Optional<String> value(String property) {
        String v = prodProperties.get(property);
        if (v != null) {
            return Optional.of(v);
        }
        return known.stream().filter(k -> k.name().equals(property) && k.defaultValue() != null)
                .map(KnownProperty::defaultValue).findFirst();
    }

    String require(String property) {
        return value(property).orElseThrow(() -> new IllegalStateException(property + " has no value"));
    }

    int httpPort() {
        return Integer.parseInt(require("quarkus.http.port"));
    }

    /**
     * SmallRye Health's build-time paths: their model lives in the deployment jar, which is not on
     * the test classpath, so its documented defaults stand in unless application.properties sets
     * them. (The start-up test requests the manifests' probe paths for real.)
     */
    private static final Map<String, String> HEALTH_DEFAULTS = Map.of(
            "quarkus.smallrye-health.root-path", "health",
            "quarkus.smallrye-health.liveness-path", "live",
            "quarkus.smallrye-health.readiness-path", "ready",
            "quarkus.smallrye-health.startup-path", "started");

    /** /q/health/live etc., computed as SmallRye Health does from the HTTP and health paths. */
    String healthPath(String probe) {
        String root = value("quarkus.http.root-path").orElse("/");
        String nonApp = require("quarkus.http.non-application-root-path");
        String health = value("quarkus.smallrye-health.root-path")
                .orElse(HEALTH_DEFAULTS.get("quarkus.smallrye-health.root-path"));
        String key = "quarkus.smallrye-health." + probe + "-path";
        String leaf = value(key).orElse(HEALTH_DEFAULTS.get(key));
        return join(nonApp.startsWith("/") ? nonApp : join(root, nonApp), health, leaf);
    }

    private static String join(String... parts) {
        StringBuilder sb = new StringBuilder();
        for (String part : parts) {
            String p = part.replaceAll("^/+|/+$", "");
            if (!p.isEmpty()) {
                sb.append('/').append(p);
            }
        }
        return sb.length() == 0 ? "/" : sb.toString();
    }

    /** The properties an environment variable sets, by Quarkus's mapping rules (may be several). */
    List<KnownProperty> propertiesFor(String envName) {
        List<KnownProperty> matches = new ArrayList<>();
        for (KnownProperty k : known) {
            if (k.envPattern().matcher(envName).matches()) {
                matches.add(k);
            }
        }
        return matches;
    }

    /**
     * The dotted property name for an environment variable, for use as a config override: the
     * variable's own name where the property has a fixed name.
     */
    Optional<String> propertyNameFor(String envName) {
        return propertiesFor(envName).stream().map(KnownProperty::name).filter(n -> !n.contains("\"")
                && !n.contains("*")).findFirst();
    }

    /** QUARKUS_DATASOURCE_JDBC_URL for quarkus.datasource.jdbc.url (MicroProfile Config rule). */
    static String toEnv(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(java.util.Locale.ROOT);
    }

    private static Pattern exactEnv(String property) {
        return Pattern.compile(Pattern.quote(toEnv(property)));
    }

    /** quarkus.log.category."x".level or a.b.*.c: the named part is any non-empty env text. */
    static Pattern envPattern(String property) {
        StringBuilder regex = new StringBuilder();
        Matcher m = Pattern.compile("\"[^\"]*\"|\\*|\\[\\*]").matcher(property);
        int last = 0;
        while (m.find()) {
            regex.append(Pattern.quote(toEnv(property.substring(last, m.start()))));
            regex.append(m.group().equals("[*]") ? "_[0-9]+_" : "_*[A-Z0-9_]+?_*");
            last = m.end();
        }
        regex.append(Pattern.quote(toEnv(property.substring(last))));
        return Pattern.compile(regex.toString());
    }

    private static Map<String, String> readProdProperties() {
        Properties raw = new Properties();
        try (InputStream in = Files.newInputStream(PROPERTIES)) {
            raw.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> plain = new LinkedHashMap<>();
        Map<String, String> prod = new LinkedHashMap<>();
        for (String key : raw.stringPropertyNames()) {
            if (key.startsWith("%prod.")) {
                prod.put(key.substring("%prod.".length()), raw.getProperty(key));
            } else if (!key.startsWith("%")) {
                plain.put(key, raw.getProperty(key));
            }
        }
        plain.putAll(prod);
        return plain;
    }

    /** Every @ConfigMapping interface compiled from src/main/java (target/classes). */
    private static List<KnownProperty> applicationMappings() {
        Path classes = Paths.get("target/classes");
        List<KnownProperty> found = new ArrayList<>();
        if (!Files.isDirectory(classes)) {
            return found;
        }
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".class"))::iterator) {
                String name = classes.relativize(file).toString().replace('/', '.').replace('\\', '.')
                        .replaceAll("\\.class$", "");
                if (name.endsWith("package-info") || name.endsWith("module-info")) {
                    continue;
                }
                Class<?> type;
                try {
                    type = Class.forName(name, false, ApplicationConfiguration.class.getClassLoader());
                } catch (ClassNotFoundException | LinkageError e) {
                    continue;
                }
                ConfigMapping mapping = type.getAnnotation(ConfigMapping.class);
                if (mapping == null || !type.isInterface()) {
                    continue;
                }
                for (String property : ConfigMappings.getProperties(ConfigMappings.ConfigClass.configClass(type)).keySet()) {
                    found.add(new KnownProperty(property, envPattern(property), "RUN_TIME", null,
                            "@ConfigMapping " + type.getName()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    private static List<KnownProperty> extensionModels() {
        List<KnownProperty> found = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        try {
            Enumeration<URL> models = ApplicationConfiguration.class.getClassLoader()
                    .getResources("META-INF/quarkus-config-doc/quarkus-config-model.json");
            for (URL url : Collections.list(models)) {
                try (InputStream in = url.openStream()) {
                    collect(json.readTree(in), url.toString(), found);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    private static void collect(JsonNode node, String origin, List<KnownProperty> found) {
        if (node.isObject()) {
            if (node.path("@class").asText().endsWith("ConfigProperty") && node.has("path")) {
                String phase = node.path("phase").asText(null);
                String dflt = node.hasNonNull("defaultValue") ? node.get("defaultValue").asText() : null;
                List<JsonNode> paths = new ArrayList<>();
                paths.add(node.get("path"));
                node.path("additionalPaths").forEach(paths::add);
                for (JsonNode path : paths) {
                    String property = path.path("property").asText();
                    found.add(new KnownProperty(property, envPattern(property), phase, dflt, origin));
                }
            }
            node.elements().forEachRemaining(child -> collect(child, origin, found));
        } else if (node.isArray()) {
            node.elements().forEachRemaining(child -> collect(child, origin, found));
        }
    }
}
