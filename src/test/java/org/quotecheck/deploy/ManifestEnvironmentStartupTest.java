package org.quotecheck.deploy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The application starts with the configuration the production manifests give it, in the prod
 * profile as in the image, against an "external" PostgreSQL (its own embedded instance, not the
 * dev/test one), migrates it with Flyway at start, and answers the probes the Deployment uses.
 */
@QuarkusTest
@TestProfile(ManifestEnvironmentStartupTest.ManifestEnvironment.class)
class ManifestEnvironmentStartupTest {

    public static class ManifestEnvironment implements QuarkusTestProfile {
        @Override
        public String getConfigProfile() {
            return "prod";
        }

        /**
         * Dev Services would look for a database at build time, before the test resource has
         * started one; the manifests' database is external, so there is nothing for them to do.
         */
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.devservices.enabled", "false");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(ManifestEnvironmentResource.class));
        }
    }

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    @ConfigProperty(name = "quarkus.datasource.username")
    String username;

    @Test
    void theDeploymentsProbePathsAnswerUp() {
        Container container = ManifestCrossCheckTest.appContainer(Manifests.baseFiles());
        for (String path : List.of(container.getStartupProbe().getHttpGet().getPath(),
                container.getLivenessProbe().getHttpGet().getPath(),
                container.getReadinessProbe().getHttpGet().getPath())) {
            given().when().get(path).then().statusCode(200).body("status", equalTo("UP"));
        }
    }

    @Test
    void healthEndpointsLiveReadyAndStartedAreUp() {
        for (String probe : List.of("live", "ready", "started")) {
            given().when().get("/q/health/" + probe).then().statusCode(200).body("status", equalTo("UP"));
        }
    }

    @Test
    void readinessIncludesTheDatabaseConnection() {
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name.contains('Database') }.status", equalTo("UP"));
    }

    @Test
    void usesTheExternalDatabaseWithTheSecretsUserNotTheEmbeddedOne() {
        assertEquals("jdbc:postgresql://localhost:" + ManifestEnvironmentResource.database.getPort() + "/"
                + ManifestEnvironmentResource.databaseName, jdbcUrl, ManifestEnvironmentResource.manifestSource);
        assertEquals(ManifestEnvironmentResource.USERNAME, username);
    }

    @Test
    void flywayMigratedTheExternalDatabaseAtStartAsTheApplicationUser() throws Exception {
        try (Connection c = DriverManager.getConnection(jdbcUrl, ManifestEnvironmentResource.USERNAME,
                ManifestEnvironmentResource.PASSWORD); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT count(*), bool_and(success), min(installed_by) "
                        + "FROM flyway_schema_history WHERE version IS NOT NULL")) {
            assertTrue(rs.next());
            assertTrue(rs.getInt(1) >= 1, "at least one migration applied");
            assertTrue(rs.getBoolean(2), "all migrations succeeded");
            assertEquals(ManifestEnvironmentResource.USERNAME, rs.getString(3));
        }
    }

    /**
     * Dev mode, the tests, the dev overlay and production's CloudNativePG cluster run one major
     * version of PostgreSQL, so that what passes here behaves the same in production.
     */
    @Test
    void theEmbeddedServerRunsTheMajorVersionOfTheManifestsImages() throws Exception {
        String cnpgImage = (String) Manifests.at(Manifests.custom(Manifests.parseFile(
                Manifests.PRODUCTION.resolve("database-cluster.yaml")), "Cluster").get(0).raw(), "spec", "imageName");
        String devImage = Manifests.single(Manifests.parseFile(Manifests.DEV.resolve("postgres.yaml")), StatefulSet.class)
                .getSpec().getTemplate().getSpec().getContainers().get(0).getImage();
        int serverMajor;
        try (Connection c = DriverManager.getConnection(jdbcUrl, ManifestEnvironmentResource.USERNAME,
                ManifestEnvironmentResource.PASSWORD); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SHOW server_version_num")) {
            assertTrue(rs.next());
            serverMajor = Integer.parseInt(rs.getString(1)) / 10000;
        }
        assertEquals(17, serverMajor, "the embedded PostgreSQL (io.zonky.test.postgres binaries)");
        assertEquals(serverMajor, imageMajor(cnpgImage), cnpgImage);
        assertEquals(serverMajor, imageMajor(devImage), devImage);
    }

    /** {@code ghcr.io/cloudnative-pg/postgresql:17.5} gives 17; {@code postgres:17} too. */
    private static int imageMajor(String image) {
        String tag = image.substring(image.lastIndexOf(':') + 1);
        return Integer.parseInt(tag.split("[.-]")[0]);
    }
}
