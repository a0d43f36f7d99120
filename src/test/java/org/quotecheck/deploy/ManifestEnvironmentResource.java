package org.quotecheck.deploy;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.quotecheck.deploy.Manifests.Manifest;

/**
 * Gives the application the configuration the production manifests give it: the ConfigMap and
 * the Deployment's env, each variable turned into its property by Quarkus's rules. The database
 * is a separately started PostgreSQL that plays the external one: the JDBC URL keeps the
 * manifest's database name and only swaps host and port, and the credentials are those of a
 * non-superuser owner, as CloudNativePG's bootstrap creates it.
 */
public class ManifestEnvironmentResource implements QuarkusTestResourceLifecycleManager {

    static final String USERNAME = "quotecheck";
    static final String PASSWORD = "s3cret-" + UUID.randomUUID();
    static final String SESSION_KEY = "session-" + UUID.randomUUID();
    static final String ADMIN_PASSWORD = "admin-" + UUID.randomUUID();
    static volatile EmbeddedPostgres database;
    static volatile String databaseName;
    /** Which manifests were used: the rendered production overlay, or the base files. */
    static volatile String manifestSource;

    @Override
    public Map<String, String> start() {
        List<Manifest> manifests;
        if (Manifests.kubectl().isPresent()) {
            manifests = Manifests.render(Manifests.PRODUCTION);
            manifestSource = "kubectl kustomize deploy/kubernetes/overlays/production";
        } else {
            manifests = Manifests.baseFiles();
            manifestSource = "deploy/kubernetes/base (kubectl absent)";
        }
        Map<String, String> env = ManifestCrossCheckTest.appEnvironment(manifests);
        URI url = ManifestCrossCheckTest.jdbcUri(env.get("QUARKUS_DATASOURCE_JDBC_URL"));
        databaseName = url.getPath().substring(1);
        try {
            database = EmbeddedPostgres.builder().start();
            try (Connection c = database.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE ROLE " + USERNAME + " LOGIN PASSWORD '" + PASSWORD + "'");
                s.execute("CREATE DATABASE " + databaseName + " OWNER " + USERNAME);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }

        ApplicationConfiguration app = ApplicationConfiguration.load();
        Map<String, String> overrides = new LinkedHashMap<>();
        for (var e : env.entrySet()) {
            if (ApplicationConfiguration.IMAGE_ENVIRONMENT.containsKey(e.getKey())) {
                continue;
            }
            String property = app.propertyNameFor(e.getKey())
                    .orElseThrow(() -> new IllegalStateException(e.getKey() + " maps to no property"));
            String value = switch (e.getKey()) {
                case "QUARKUS_DATASOURCE_JDBC_URL" -> "jdbc:postgresql://localhost:" + database.getPort()
                        + url.getPath() + (url.getQuery() == null ? "" : "?" + url.getQuery());
                case "QUARKUS_DATASOURCE_USERNAME" -> USERNAME; // the Secret's username
                case "QUARKUS_DATASOURCE_PASSWORD" -> PASSWORD; // the Secret's password
                case "QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY" -> SESSION_KEY; // quotecheck-auth
                case "QUOTECHECK_ADMIN_PASSWORD" -> ADMIN_PASSWORD; // quotecheck-auth
                default -> e.getValue();
            };
            overrides.put(property, value);
        }
        return overrides;
    }

    @Override
    public void stop() {
        if (database != null) {
            try {
                database.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
