package org.quotecheck.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.quotecheck.deploy.Manifests.at;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HTTPGetAction;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorRequirement;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.quotecheck.deploy.ApplicationConfiguration.KnownProperty;
import org.quotecheck.deploy.Manifests.Manifest;

/**
 * Checks between the manifests and the application that catch real deployment mistakes: a
 * selector that selects nothing, a probe on a path the app does not serve, an environment
 * variable that sets nothing, an image Jib never builds, a production app not pointed at the
 * CloudNativePG primary.
 */
class ManifestCrossCheckTest {

    static final String DATABASE_SECRET = "quotecheck-db-app";
    static final String AUTH_SECRET = "quotecheck-auth";
    static final Map<String, String> DATABASE_POD_LABELS = Map.of(
            "app.kubernetes.io/component", "database", "app.kubernetes.io/part-of", "quotecheck");

    private final ApplicationConfiguration app = ApplicationConfiguration.load();

    /** The base as written (always), and each overlay as kustomize renders it (needs kubectl). */
    static Stream<String> renderings() {
        return Stream.of("base", "dev", "production", "production+pooler", "production+sso", "production+kafka");
    }

    static List<Manifest> manifests(String rendering) {
        if (rendering.equals("base")) {
            return Manifests.baseFiles();
        }
        assumeTrue(Manifests.kubectl().isPresent(), Manifests.NO_KUBECTL);
        return switch (rendering) {
            case "dev" -> Manifests.render(Manifests.DEV);
            case "production" -> Manifests.render(Manifests.PRODUCTION);
            case "production+pooler" -> Manifests.renderProductionWithPooler();
            case "production+sso" -> Manifests.renderProductionWithSso();
            case "production+kafka" -> Manifests.renderProductionWithKafka();
            default -> throw new IllegalArgumentException(rendering);
        };
    }

    static Deployment appDeployment(List<Manifest> manifests) {
        return Manifests.single(manifests, Deployment.class);
    }

    static Container appContainer(List<Manifest> manifests) {
        List<Container> containers = appDeployment(manifests).getSpec().getTemplate().getSpec().getContainers();
        assertEquals(1, containers.size());
        return containers.get(0);
    }

    static Map<String, String> appPodLabels(List<Manifest> manifests) {
        return appDeployment(manifests).getSpec().getTemplate().getMetadata().getLabels();
    }

    // --- selectors ------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @MethodSource("renderings")
    void serviceSelectsTheDeploymentsPodsAndTargetsItsHttpPort(String rendering) {
        List<Manifest> manifests = manifests(rendering);
        Deployment deployment = appDeployment(manifests);
        Map<String, String> podLabels = appPodLabels(manifests);
        assertTrue(matches(deployment.getSpec().getSelector(), podLabels), "Deployment selector matches its pods");
        Service service = Manifests.ofType(manifests, Service.class).stream()
                .filter(s -> s.getMetadata().getName().equals("quotecheck")).findFirst().orElseThrow();
        assertFalse(service.getSpec().getSelector().isEmpty());
        assertTrue(podLabels.entrySet().containsAll(service.getSpec().getSelector().entrySet()),
                "Service selector " + service.getSpec().getSelector() + " vs pod labels " + podLabels);
        for (var port : service.getSpec().getPorts()) {
            assertNotNull(containerPort(appContainer(manifests), port.getTargetPort()),
                    "Service targetPort " + port.getTargetPort() + " is a container port");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("renderings")
    void disruptionBudgetAutoscalerAndNetworkPolicySelectTheAppPods(String rendering) {
        List<Manifest> manifests = manifests(rendering);
        Deployment deployment = appDeployment(manifests);
        Map<String, String> podLabels = appPodLabels(manifests);
        PodDisruptionBudget pdb = Manifests.single(manifests, PodDisruptionBudget.class);
        assertTrue(matches(pdb.getSpec().getSelector(), podLabels));
        HorizontalPodAutoscaler hpa = Manifests.single(manifests, HorizontalPodAutoscaler.class);
        assertEquals("Deployment", hpa.getSpec().getScaleTargetRef().getKind());
        assertEquals(deployment.getMetadata().getName(), hpa.getSpec().getScaleTargetRef().getName());
        int replicas = deployment.getSpec().getReplicas();
        assertTrue(hpa.getSpec().getMinReplicas() <= replicas && replicas <= hpa.getSpec().getMaxReplicas(),
                "replicas " + replicas + " within the autoscaler's range");
        assertTrue(replicas >= 2, "at least two replicas");
        assertTrue(pdb.getSpec().getMinAvailable().getIntVal() < hpa.getSpec().getMinReplicas(),
                "the budget leaves room to drain a node");
        assertTrue(Manifests.ofType(manifests, NetworkPolicy.class).stream()
                .anyMatch(np -> matches(np.getSpec().getPodSelector(), podLabels)
                        && np.getSpec().getPolicyTypes().containsAll(List.of("Ingress", "Egress"))),
                "a NetworkPolicy restricts the app's traffic both ways");
    }

    // --- what the application serves ------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @MethodSource("renderings")
    void probesUseTheHealthPathsAndPortTheApplicationServes(String rendering) {
        Container container = appContainer(manifests(rendering));
        ContainerPort http = containerPort(container, new IntOrString("http"));
        assertNotNull(http, "a port named http");
        assertEquals(app.httpPort(), http.getContainerPort(), "quarkus.http.port");
        assertProbe(container.getStartupProbe(), app.healthPath("startup"), container);
        assertProbe(container.getLivenessProbe(), app.healthPath("liveness"), container);
        assertProbe(container.getReadinessProbe(), app.healthPath("readiness"), container);
        assertEquals("/q/health/started", app.healthPath("startup"), "the paths issue 5 names");
    }

    private static void assertProbe(Probe probe, String path, Container container) {
        assertNotNull(probe);
        HTTPGetAction get = probe.getHttpGet();
        assertNotNull(get, "HTTP probe");
        assertEquals(path, get.getPath());
        assertNotNull(containerPort(container, get.getPort()), "probe port " + get.getPort() + " is declared");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("renderings")
    void everyEnvironmentVariableIsARunTimePropertyOfTheApplication(String rendering) {
        Map<String, String> env = appEnvironment(manifests(rendering));
        assertTrue(env.keySet().containsAll(Set.of("QUARKUS_DATASOURCE_JDBC_URL", "QUARKUS_DATASOURCE_USERNAME",
                "QUARKUS_DATASOURCE_PASSWORD")), "the database comes from the environment: " + env.keySet());
        List<String> problems = new ArrayList<>();
        for (String name : env.keySet()) {
            if (ApplicationConfiguration.IMAGE_ENVIRONMENT.containsKey(name)) {
                continue;
            }
            problems.addAll(problemsOf(name));
        }
        assertEquals(List.of(), problems);
    }

    /** Empty when the variable sets a property the application reads at run time. */
    List<String> problemsOf(String envName) {
        List<KnownProperty> properties = app.propertiesFor(envName);
        if (properties.isEmpty()) {
            return List.of(envName + " sets no configuration property of the application");
        }
        // a fixed name beats a pattern with a map key in it
        List<KnownProperty> exact = properties.stream()
                .filter(p -> ApplicationConfiguration.toEnv(p.name()).equals(envName)).collect(Collectors.toList());
        List<KnownProperty> candidates = exact.isEmpty() ? properties : exact;
        if (candidates.stream().noneMatch(KnownProperty::settableAtRunTime)) {
            return List.of(envName + " sets " + candidates.get(0).name() + ", fixed at build time ("
                    + candidates.get(0).phase() + "): setting it at run time changes nothing");
        }
        return List.of();
    }

    @Test
    void theEnvironmentCheckRejectsATypoAndABuildTimeProperty() {
        assertEquals(List.of(), problemsOf("QUARKUS_DATASOURCE_JDBC_URL"));
        assertEquals(List.of(), problemsOf("QUARKUS_LOG_CATEGORY__ORG_HIBERNATE__LEVEL"));
        assertEquals(List.of(), problemsOf("QUOTECHECK_EMBEDDED_POSTGRES_ENABLED"));
        assertFalse(problemsOf("QUARKUS_DATASOURCE_JDBC_ULR").isEmpty(), "typo");
        assertFalse(problemsOf("QUARKUS_DATASOURCE_DB_KIND").isEmpty(), "build-time property");
        assertFalse(problemsOf("DATABASE_URL").isEmpty(), "not Quarkus's name");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("renderings")
    void imageIsTheOneJibBuilds(String rendering) throws IOException {
        String image = appContainer(manifests(rendering)).getImage();
        String expected = app.require("quarkus.container-image.group") + "/" + app.require("quarkus.container-image.name");
        Matcher m = Pattern.compile("(?:([^/]+[.:][^/]*|localhost)/)?([^:@]+)(?::([^@]+))?(?:@.+)?").matcher(image);
        assertTrue(m.matches(), image);
        assertEquals(expected, m.group(2), "image repository (registry and tag aside) of " + image);
        if (rendering.equals("base") || rendering.equals("dev")) {
            return;
        }
        assertNotNull(m.group(3), "production pins a tag: " + image);
        assertFalse(m.group(3).equals("latest"), "production pins a tag: " + image);
    }

    @Test
    void baseAndDevTagTheImageWithTheProjectVersionThatJibUses() throws Exception {
        assumeTrue(Manifests.kubectl().isPresent(), Manifests.NO_KUBECTL);
        String version = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(Paths.get("pom.xml").toFile()).getElementsByTagName("version").item(0).getTextContent();
        String tag = app.value("quarkus.container-image.tag").orElse(version);
        for (Path dir : List.of(Manifests.BASE, Manifests.DEV)) {
            assertEquals("quotecheck/quotecheck:" + tag, appContainer(Manifests.render(dir)).getImage());
        }
    }

    @Test
    void dockerfileBuildsFromTheJibBaseImageAndMatchesPortAndUser() throws IOException {
        String dockerfile = Files.readString(Paths.get("src/main/docker/Dockerfile.jvm"));
        assertTrue(dockerfile.contains("ARG BASE_IMAGE=" + app.require("quarkus.jib.base-jvm-image") + "\n"),
                "Dockerfile.jvm and quarkus.jib.base-jvm-image name the same base image");
        assertTrue(dockerfile.contains("EXPOSE " + app.httpPort() + "\n"));
        Long uid = appDeployment(Manifests.baseFiles()).getSpec().getTemplate().getSpec().getSecurityContext().getRunAsUser();
        assertTrue(dockerfile.contains("USER " + uid + "\n"), "the pod runs as the image's user " + uid);
        assertTrue(dockerfile.contains("target/quarkus-app/quarkus-run.jar") || dockerfile.contains("quarkus-run.jar"));
    }

    // --- security and shutdown ------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @MethodSource("renderings")
    void podRunsAsNonRootOnAReadOnlyRootWithAWritableTmpAndNoApiAccess(String rendering) {
        List<Manifest> manifests = manifests(rendering);
        PodSpec pod = appDeployment(manifests).getSpec().getTemplate().getSpec();
        Container container = appContainer(manifests);
        assertEquals(Boolean.TRUE, pod.getSecurityContext().getRunAsNonRoot());
        assertTrue(pod.getSecurityContext().getRunAsUser() > 0);
        assertEquals(Boolean.TRUE, container.getSecurityContext().getReadOnlyRootFilesystem());
        assertEquals(Boolean.FALSE, container.getSecurityContext().getAllowPrivilegeEscalation());
        assertEquals(List.of("ALL"), container.getSecurityContext().getCapabilities().getDrop());
        VolumeMount tmp = container.getVolumeMounts().stream().filter(v -> v.getMountPath().equals("/tmp"))
                .findFirst().orElseThrow(() -> new AssertionError("/tmp must be writable"));
        Volume volume = pod.getVolumes().stream().filter(v -> v.getName().equals(tmp.getName())).findFirst().orElseThrow();
        assertNotNull(volume.getEmptyDir(), "/tmp is an emptyDir");
        assertNotNull(container.getResources().getRequests().get("cpu"));
        assertNotNull(container.getResources().getRequests().get("memory"));
        assertNotNull(container.getResources().getLimits().get("memory"));

        ServiceAccount account = Manifests.single(manifests, ServiceAccount.class);
        assertEquals(account.getMetadata().getName(), pod.getServiceAccountName());
        assertEquals(Boolean.FALSE, account.getAutomountServiceAccountToken());
        assertEquals(Boolean.FALSE, pod.getAutomountServiceAccountToken());
        assertTrue(manifests.stream().noneMatch(m -> m.apiVersion().startsWith("rbac.authorization.k8s.io")),
                "no Role or binding: the app has no API access");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("renderings")
    void gracePeriodCoversThePreStopPauseAndQuarkusShutdownTimeout(String rendering) {
        List<Manifest> manifests = manifests(rendering);
        PodSpec pod = appDeployment(manifests).getSpec().getTemplate().getSpec();
        List<String> preStop = appContainer(manifests).getLifecycle().getPreStop().getExec().getCommand();
        assertEquals("sleep", preStop.get(0));
        long pause = Long.parseLong(preStop.get(1));
        Duration drain = io.quarkus.runtime.configuration.DurationConverter
                .parseDuration(app.require("quarkus.shutdown.timeout"));
        long needed = pause + drain.toSeconds();
        assertTrue(pod.getTerminationGracePeriodSeconds() > needed,
                "terminationGracePeriodSeconds " + pod.getTerminationGracePeriodSeconds() + " > " + needed);
    }

    // --- the database ---------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @MethodSource("renderings")
    void sessionKeyAndAdminPasswordComeFromTheAuthSecretWhichOnlyDevGenerates(String rendering) {
        Map<String, String> refs = new LinkedHashMap<>();
        for (EnvVar var : appContainer(manifests(rendering)).getEnv()) {
            if (var.getValueFrom() != null && var.getValueFrom().getSecretKeyRef() != null) {
                refs.put(var.getName(), var.getValueFrom().getSecretKeyRef().getName() + "/"
                        + var.getValueFrom().getSecretKeyRef().getKey());
            }
        }
        // production refuses to start without the session key (org.quotecheck.user.SessionKeyCheck)
        String key = refs.get("QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY");
        assertTrue(key != null && key.endsWith("/session-encryption-key"), "session key from a Secret: " + refs);
        String secret = key.split("/")[0];
        assertEquals(secret + "/admin-password", refs.get("QUOTECHECK_ADMIN_PASSWORD"));
        List<Secret> secrets = Manifests.ofType(manifests(rendering), Secret.class);
        boolean generated = secrets.stream().anyMatch(s -> s.getMetadata().getName().equals(secret)
                && s.getData().containsKey("session-encryption-key"));
        assertEquals("dev".equals(rendering), generated, "only dev generates " + secret);
        if (!"dev".equals(rendering)) {
            assertEquals(AUTH_SECRET, secret);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("renderings")
    void credentialsComeFromTheDatabaseSecretWhichTheBaseDoesNotContain(String rendering) {
        List<Manifest> manifests = manifests(rendering);
        Container container = appContainer(manifests);
        Map<String, String> secretRefs = new LinkedHashMap<>();
        for (EnvVar var : container.getEnv()) {
            if (var.getValueFrom() != null && var.getValueFrom().getSecretKeyRef() != null) {
                secretRefs.put(var.getName(), var.getValueFrom().getSecretKeyRef().getName() + "/"
                        + var.getValueFrom().getSecretKeyRef().getKey());
            }
            assertFalse(var.getName().contains("PASSWORD") && var.getValue() != null, "no password in plain text");
        }
        String secret = secretRefs.get("QUARKUS_DATASOURCE_USERNAME").split("/")[0];
        assertEquals(secret + "/username", secretRefs.get("QUARKUS_DATASOURCE_USERNAME"));
        assertEquals(secret + "/password", secretRefs.get("QUARKUS_DATASOURCE_PASSWORD"));
        List<Secret> secrets = Manifests.ofType(manifests, Secret.class);
        switch (rendering) {
            case "base", "production", "production+pooler", "production+sso", "production+kafka" -> {
                assertEquals(DATABASE_SECRET, secret);
                assertEquals(List.of(), secrets, "the Secret is not in the repository");
            }
            case "dev" -> {
                Secret generated = secrets.stream().filter(s -> s.getMetadata().getName().equals(secret))
                        .findFirst().orElseThrow(() -> new AssertionError("dev generates " + secret));
                assertTrue(secret.startsWith(DATABASE_SECRET + "-"), "kustomize's hashed name of the generated Secret");
                assertTrue(generated.getData().keySet().containsAll(Set.of("username", "password")));
            }
            default -> fail(rendering);
        }
        for (EnvFromSource from : container.getEnvFrom()) {
            if (from.getSecretRef() != null) { // the sso component's settings, made by the operator
                assertEquals("quotecheck-sso", from.getSecretRef().getName());
                assertTrue(rendering.endsWith("+sso"), rendering);
                continue;
            }
            String name = from.getConfigMapRef().getName();
            assertTrue(Manifests.ofType(manifests, ConfigMap.class).stream()
                    .anyMatch(c -> c.getMetadata().getName().equals(name)), "ConfigMap " + name + " exists");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("renderings")
    void onlyTheAppReachesTheDatabasePort(String rendering) {
        List<Manifest> manifests = manifests(rendering);
        Map<String, String> appLabels = appPodLabels(manifests);
        List<NetworkPolicy> policies = Manifests.ofType(manifests, NetworkPolicy.class);
        List<NetworkPolicy> guardingDatabase = policies.stream()
                .filter(np -> matches(np.getSpec().getPodSelector(), DATABASE_POD_LABELS)).collect(Collectors.toList());
        assertEquals(1, guardingDatabase.size(), "one policy guards the database pods");
        NetworkPolicy db = guardingDatabase.get(0);
        assertEquals(List.of("Ingress"), db.getSpec().getPolicyTypes());
        for (var rule : db.getSpec().getIngress()) {
            assertEquals(List.of(5432), rule.getPorts().stream().map(p -> p.getPort().getIntVal()).collect(Collectors.toList()));
            for (NetworkPolicyPeer peer : rule.getFrom()) {
                assertEquals(null, peer.getNamespaceSelector(), "same namespace only");
                assertTrue(matches(peer.getPodSelector(), appLabels), "peer " + peer + " is the app");
            }
        }
        // and the app may leave its pod for the database
        assertTrue(policies.stream().filter(np -> matches(np.getSpec().getPodSelector(), appLabels))
                .flatMap(np -> np.getSpec().getEgress().stream()).anyMatch(rule ->
                rule.getTo().stream().anyMatch(peer -> peer.getPodSelector() != null
                        && matches(peer.getPodSelector(), DATABASE_POD_LABELS))
                        && rule.getPorts().stream().map(NetworkPolicyPort::getPort).anyMatch(p -> p.getIntVal() == 5432)));
        // every database pod the overlay runs carries the labels that policy guards
        for (Map<String, String> labels : databasePodLabels(manifests)) {
            assertTrue(labels.entrySet().containsAll(DATABASE_POD_LABELS.entrySet()), "database pod labels " + labels);
        }
    }

    /** Single sign-on is opt-in: only the sso component reads its Secret and lets the app reach the provider. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("renderings")
    void onlyTheSsoComponentReadsTheSsoSecretAndReachesTheProvider(String rendering) {
        List<Manifest> manifests = manifests(rendering);
        boolean sso = rendering.endsWith("+sso");
        boolean readsSecret = appContainer(manifests).getEnvFrom().stream()
                .anyMatch(e -> e.getSecretRef() != null && "quotecheck-sso".equals(e.getSecretRef().getName()));
        assertEquals(sso, readsSecret, "envFrom secret quotecheck-sso");
        Map<String, String> appLabels = appPodLabels(manifests);
        boolean https = Manifests.ofType(manifests, NetworkPolicy.class).stream()
                .filter(np -> matches(np.getSpec().getPodSelector(), appLabels) && np.getSpec().getEgress() != null)
                .flatMap(np -> np.getSpec().getEgress().stream())
                .anyMatch(rule -> rule.getPorts().stream().anyMatch(p -> p.getPort().getIntVal() == 443));
        assertEquals(sso, https, "egress to 443");
    }

    @Test
    void devPointsTheAppAtItsOwnPostgresStatefulSet() {
        List<Manifest> manifests = manifests("dev");
        StatefulSet postgres = Manifests.single(manifests, StatefulSet.class);
        assertEquals(1, postgres.getSpec().getReplicas());
        assertEquals(1, postgres.getSpec().getVolumeClaimTemplates().size(), "data on a PersistentVolumeClaim");
        URI url = jdbcUri(appEnvironment(manifests).get("QUARKUS_DATASOURCE_JDBC_URL"));
        Service service = Manifests.ofType(manifests, Service.class).stream()
                .filter(s -> s.getMetadata().getName().equals(url.getHost())).findFirst()
                .orElseThrow(() -> new AssertionError("no Service " + url.getHost()));
        assertTrue(postgres.getSpec().getTemplate().getMetadata().getLabels().entrySet()
                .containsAll(service.getSpec().getSelector().entrySet()), "the Service selects the PostgreSQL pod");
        assertEquals(5432, url.getPort());
        Container db = postgres.getSpec().getTemplate().getSpec().getContainers().get(0);
        Map<String, String> dbEnv = db.getEnv().stream().collect(Collectors.toMap(EnvVar::getName,
                v -> v.getValue() != null ? v.getValue() : v.getValueFrom().getSecretKeyRef().getName()
                        + "/" + v.getValueFrom().getSecretKeyRef().getKey()));
        assertEquals(url.getPath().substring(1), dbEnv.get("POSTGRES_DB"));
        String appSecret = appContainer(manifests).getEnv().stream()
                .filter(v -> v.getName().equals("QUARKUS_DATASOURCE_PASSWORD")).findFirst().orElseThrow()
                .getValueFrom().getSecretKeyRef().getName();
        assertEquals(appSecret + "/password", dbEnv.get("POSTGRES_PASSWORD"), "app and database share the Secret");
        assertEquals(appSecret + "/username", dbEnv.get("POSTGRES_USER"));
    }

    @Test
    void productionPointsTheAppAtTheCloudNativePgRwServiceAndTheOperatorsSecret() {
        List<Manifest> manifests = manifests("production");
        Manifest cluster = Manifests.custom(manifests, "Cluster").get(0);
        String clusterName = cluster.name();
        URI url = jdbcUri(appEnvironment(manifests).get("QUARKUS_DATASOURCE_JDBC_URL"));
        assertEquals(clusterName + "-rw", url.getHost(), "the primary's read-write Service");
        assertEquals(5432, url.getPort());
        assertEquals(at(cluster.raw(), "spec", "bootstrap", "initdb", "database"), url.getPath().substring(1));
        assertEquals(clusterName + "-app", DATABASE_SECRET, "the Secret the operator creates for the owner");
        assertEquals(3, at(cluster.raw(), "spec", "instances"));
        assertTrue(at(cluster.raw(), "spec", "backup", "barmanObjectStore") instanceof Map, "backups configured");
        Manifest backup = Manifests.custom(manifests, "ScheduledBackup").get(0);
        assertEquals(clusterName, at(backup.raw(), "spec", "cluster", "name"));
        Map<?, ?> inherited = (Map<?, ?>) at(cluster.raw(), "spec", "inheritedMetadata", "labels");
        assertTrue(inherited.entrySet().containsAll(DATABASE_POD_LABELS.entrySet()));
        // the extra policy for the operator targets this cluster's pods only
        NetworkPolicy cnpg = Manifests.ofType(manifests, NetworkPolicy.class).stream()
                .filter(np -> clusterName.equals(np.getSpec().getPodSelector().getMatchLabels().get("cnpg.io/cluster")))
                .findFirst().orElseThrow();
        assertEquals(List.of("Ingress"), cnpg.getSpec().getPolicyTypes());
    }

    @Test
    void productionRunsMoreReplicasBehindATlsIngress() {
        List<Manifest> manifests = manifests("production");
        assertTrue(appDeployment(manifests).getSpec().getReplicas() >= 3);
        assertTrue(Manifests.single(manifests, HorizontalPodAutoscaler.class).getSpec().getMinReplicas() >= 3);
        Ingress ingress = Manifests.single(manifests, Ingress.class);
        assertFalse(ingress.getSpec().getTls().isEmpty(), "TLS");
        Set<String> tlsHosts = ingress.getSpec().getTls().stream().flatMap(t -> t.getHosts().stream()).collect(Collectors.toSet());
        Service service = Manifests.single(manifests, Service.class);
        for (var rule : ingress.getSpec().getRules()) {
            assertTrue(tlsHosts.contains(rule.getHost()), rule.getHost() + " is served over TLS");
            for (var path : rule.getHttp().getPaths()) {
                assertEquals(service.getMetadata().getName(), path.getBackend().getService().getName());
                String port = path.getBackend().getService().getPort().getName();
                assertTrue(service.getSpec().getPorts().stream().anyMatch(p -> Objects.equals(p.getName(), port)));
            }
        }
        assertEquals("quotecheck", Manifests.single(manifests, Namespace.class).getMetadata().getName());
    }

    @Test
    void thePoolerComponentPointsTheAppAtThePoolerOfTheSameCluster() {
        List<Manifest> manifests = manifests("production+pooler");
        Manifest pooler = Manifests.custom(manifests, "Pooler").get(0);
        Manifest cluster = Manifests.custom(manifests, "Cluster").get(0);
        assertEquals(cluster.name(), at(pooler.raw(), "spec", "cluster", "name"));
        URI url = jdbcUri(appEnvironment(manifests).get("QUARKUS_DATASOURCE_JDBC_URL"));
        assertEquals(pooler.name(), url.getHost(), "the operator's Service for the Pooler has its name");
        assertEquals("quotecheck", at(pooler.raw(), "metadata", "namespace"));
    }

    // --- helpers --------------------------------------------------------------------------------

    /** The environment the app container gets: ConfigMap keys (envFrom), then its own env. */
    static Map<String, String> appEnvironment(List<Manifest> manifests) {
        Container container = appContainer(manifests);
        Map<String, String> env = new LinkedHashMap<>();
        for (EnvFromSource from : container.getEnvFrom()) {
            if (from.getConfigMapRef() == null) {
                continue; // a Secret's keys (the sso component's) are not in the repository
            }
            ConfigMap map = Manifests.ofType(manifests, ConfigMap.class).stream()
                    .filter(c -> c.getMetadata().getName().equals(from.getConfigMapRef().getName()))
                    .findFirst().orElseThrow();
            env.putAll(map.getData());
        }
        for (EnvVar var : container.getEnv()) {
            env.put(var.getName(), var.getValue() != null ? var.getValue()
                    : "<from " + var.getValueFrom().getSecretKeyRef().getName() + "/"
                            + var.getValueFrom().getSecretKeyRef().getKey() + ">");
        }
        return env;
    }

    static URI jdbcUri(String jdbcUrl) {
        assertNotNull(jdbcUrl);
        assertTrue(jdbcUrl.startsWith("jdbc:postgresql://"), jdbcUrl);
        return URI.create(jdbcUrl.substring("jdbc:".length()));
    }

    private static List<Map<String, String>> databasePodLabels(List<Manifest> manifests) {
        List<Map<String, String>> labels = new ArrayList<>();
        for (StatefulSet s : Manifests.ofType(manifests, StatefulSet.class)) {
            labels.add(s.getSpec().getTemplate().getMetadata().getLabels());
        }
        for (Manifest m : Manifests.custom(manifests, "Cluster")) {
            labels.add(stringMap(at(m.raw(), "spec", "inheritedMetadata", "labels")));
        }
        for (Manifest m : Manifests.custom(manifests, "Pooler")) {
            labels.add(stringMap(at(m.raw(), "spec", "template", "metadata", "labels")));
        }
        return labels;
    }

    private static Map<String, String> stringMap(Object raw) {
        Map<String, String> map = new LinkedHashMap<>();
        if (raw instanceof Map<?, ?> m) {
            m.forEach((k, v) -> map.put(String.valueOf(k), String.valueOf(v)));
        }
        return map;
    }

    private static ContainerPort containerPort(Container container, IntOrString port) {
        return container.getPorts().stream().filter(p -> port.getStrVal() != null
                ? port.getStrVal().equals(p.getName()) : Objects.equals(port.getIntVal(), p.getContainerPort()))
                .findFirst().orElse(null);
    }

    /** Kubernetes label-selector semantics: matchLabels and matchExpressions, all must hold. */
    static boolean matches(LabelSelector selector, Map<String, String> labels) {
        if (selector == null) {
            return false;
        }
        if (selector.getMatchLabels() != null
                && !labels.entrySet().containsAll(selector.getMatchLabels().entrySet())) {
            return false;
        }
        for (LabelSelectorRequirement r : selector.getMatchExpressions()) {
            String value = labels.get(r.getKey());
            boolean ok = switch (r.getOperator()) {
                case "In" -> value != null && r.getValues().contains(value);
                case "NotIn" -> value == null || !r.getValues().contains(value);
                case "Exists" -> value != null;
                case "DoesNotExist" -> value == null;
                default -> false;
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
