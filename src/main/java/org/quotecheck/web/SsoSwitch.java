package org.quotecheck.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.quotecheck.user.SsoConfig;

/**
 * With single sign-on off ({@code quotecheck.oidc.enabled=false}, the default) {@code /sso/*} does
 * not exist: a 404 before any authentication mechanism runs, so no identity provider is contacted.
 */
@ApplicationScoped
class SsoSwitch {

    /** Runs before authentication (priority 200) and after the security headers (1000). */
    static final int PRIORITY = 250;

    void register(@Observes Filters filters, SsoConfig config) {
        boolean enabled = config.enabled();
        filters.register(rc -> {
            if (!enabled && (rc.normalizedPath().equals("/sso") || rc.normalizedPath().startsWith("/sso/"))) {
                rc.response().setStatusCode(404).putHeader("Content-Type", "text/plain;charset=UTF-8")
                        .end("Not Found");
            } else {
                rc.next();
            }
        }, PRIORITY);
    }
}
