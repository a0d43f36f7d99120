package org.quotecheck.user;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Production refuses to start without a session encryption key: Quarkus would otherwise make up a
 * random one, and every restart (or a second replica) would silently sign all reviewers out.
 * Decided by the {@code prod} configuration profile rather than the launch mode, so that the
 * test that starts the application with the manifests' production configuration checks it too.
 */
@ApplicationScoped
class SessionKeyCheck {

    static final int MIN_LENGTH = 16;

    void onStart(@Observes StartupEvent event,
            @ConfigProperty(name = "quarkus.http.auth.session.encryption-key") Optional<String> key) {
        require(ConfigUtils.isProfileActive("prod"), key);
    }

    static void require(boolean production, Optional<String> key) {
        if (production && key.map(String::strip).orElse("").length() < MIN_LENGTH) {
            throw new IllegalStateException("Set QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY (quarkus.http.auth."
                    + "session.encryption-key) to a secret of at least " + MIN_LENGTH
                    + " characters, the same on every replica: it encrypts the sign-in cookie.");
        }
    }
}
