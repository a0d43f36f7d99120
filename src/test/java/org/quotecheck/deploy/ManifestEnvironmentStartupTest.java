package org.quotecheck.deploy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.Container;
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
}
