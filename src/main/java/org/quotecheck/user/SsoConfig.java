package org.quotecheck.user;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;

/**
 * {@code quotecheck.oidc.*}: optional single sign-on through an OpenID Connect provider (README
 * "Single sign-on (OpenID Connect)"). Off by default; the provider itself (address, client id and
 * secret, where the roles claim is) is configured with Quarkus's own {@code quarkus.oidc.*} keys.
 */
@ConfigMapping(prefix = "quotecheck.oidc")
public interface SsoConfig {

    /**
     * {@code quotecheck.oidc.enabled}: offer "Sign in with …" on the sign-in page and run the
     * authorization code flow on {@code /sso/login}. Off: {@code /sso/*} answers 404 and no
     * identity provider is contacted. (Also switches Quarkus's default OIDC tenant on and off.)
     */
    @WithDefault("false")
    boolean enabled();

    /** {@code quotecheck.oidc.provider-name}: shown on the button, "Sign in with <name>". */
    @WithDefault("single sign-on")
    String providerName();

    /**
     * {@code quotecheck.oidc.username-claim}: the ID token claim that names the quotecheck account
     * (lower-cased; it must be a valid account name: 2 to 64 letters, digits, dots, dashes,
     * underscores). An account of that name is created on first sign-in, or linked if it exists.
     */
    @WithDefault("preferred_username")
    String usernameClaim();

    /** Which provider roles (read from {@code quarkus.oidc.roles.role-claim-path}) grant which quotecheck role. */
    RoleMapping roleMapping();

    interface RoleMapping {
        /** {@code quotecheck.oidc.role-mapping.reviewer}: provider roles that grant {@code reviewer}. */
        @WithDefault("reviewer")
        List<String> reviewer();

        /** {@code quotecheck.oidc.role-mapping.admin}: provider roles that grant {@code admin}. */
        @WithDefault("admin")
        List<String> admin();
    }
}
