package org.quotecheck.user;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** Accounts created at start. (Two prefixes: the rest of {@code quotecheck.*} belongs to others.) */
public interface AccountsConfig {

    @ConfigMapping(prefix = "quotecheck.admin")
    interface Admin {
        /** Name of the first administrator ({@code quotecheck.admin.username}). */
        @WithDefault("admin")
        String username();

        /**
         * Its password ({@code quotecheck.admin.password}, env {@code QUOTECHECK_ADMIN_PASSWORD}).
         * No administrator is created while it is unset; an existing one is never changed.
         */
        Optional<String> password();
    }

    @ConfigMapping(prefix = "quotecheck.demo")
    interface Demo {
        /** {@code quotecheck.demo.enabled}: creates the reviewer demo / demo-reviewer. On in dev mode only. */
        @WithDefault("false")
        boolean enabled();
    }
}
