package org.quotecheck.security;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.quotecheck.user.Sessions;

/**
 * Security headers on every answer, and flags on every cookie the service sets (the session and
 * CSRF cookies are made by Quarkus, which offers no setting for some of these flags).
 *
 * <p>The desk's pages use no inline script or style, so the policy allows only the service's own
 * files. {@code /q/*} (Swagger UI in dev mode, health, metrics) keeps Quarkus's defaults apart
 * from the policy, because Swagger UI needs inline script. {@code Secure} cookies and
 * {@code Strict-Transport-Security} are sent when the request came over TLS (directly, or through
 * a proxy when {@code quarkus.http.proxy.proxy-address-forwarding} is on) or when
 * {@code quotecheck.security.secure-cookies=true}, so that local development over http still works.
 */
@ApplicationScoped
class SecurityHeaders {

    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
    static final String HSTS = "max-age=31536000; includeSubDomains";

    private final SecurityConfig config;
    private final List<String> jarCookies;

    SecurityHeaders(SecurityConfig config,
            @ConfigProperty(name = "quarkus.rest-csrf.cookie-name", defaultValue = "csrf-token") String csrfCookie,
            @ConfigProperty(name = "quarkus.http.auth.form.cookie-name", defaultValue = "quarkus-credential")
            String sessionCookie) {
        this.config = config;
        this.jarCookies = List.of(csrfCookie, sessionCookie, Sessions.COOKIE);
    }

    void register(@Observes Filters filters) {
        filters.register(this::apply, 1000);
    }

    private void apply(RoutingContext rc) {
        boolean secure = config.secureCookies() || "https".equalsIgnoreCase(rc.request().scheme());
        boolean operations = rc.normalizedPath().startsWith("/q/");
        rc.addHeadersEndHandler(v -> {
            MultiMap h = rc.response().headers();
            if (!operations) {
                h.set("Content-Security-Policy", CSP);
            }
            h.set("X-Frame-Options", "DENY");
            h.set("X-Content-Type-Options", "nosniff");
            h.set("Referrer-Policy", "same-origin");
            if (secure) {
                h.set("Strict-Transport-Security", HSTS);
            }
            // Cookies added through Vert.x's cookie jar (the CSRF and session cookies) are written
            // after this handler: flag them in the jar; cookies already written as headers below.
            for (String name : jarCookies) {
                for (io.vertx.core.http.Cookie c : rc.response().removeCookies(name, false)) {
                    if (c instanceof io.vertx.core.http.impl.ServerCookie sc && sc.isFromUserAgent() && !sc.isChanged()) {
                        // the browser's own cookie, not being set by this answer: put back untouched
                        // (changing it would send it back and undo an expiry set as a header)
                        rc.response().addCookie(c);
                        continue;
                    }
                    if (c.getSameSite() == null) {
                        c.setSameSite(io.vertx.core.http.CookieSameSite.STRICT);
                    }
                    c.setSecure(c.isSecure() || secure);
                    rc.response().addCookie(c);
                }
            }
            List<String> cookies = h.getAll("Set-Cookie");
            if (!cookies.isEmpty()) {
                List<String> flagged = new ArrayList<>(cookies.size());
                for (String c : cookies) {
                    flagged.add(flags(c, secure));
                }
                h.remove("Set-Cookie");
                h.add("Set-Cookie", flagged);
            }
        });
        rc.next();
    }

    /** The cookie with SameSite=Strict unless it names a policy, and Secure when {@code secure}. */
    static String flags(String cookie, boolean secure) {
        String lower = cookie.toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(cookie);
        if (!lower.contains("samesite=")) {
            sb.append("; SameSite=Strict");
        }
        if (secure && !lower.matches("(?s).*;\\s*secure(;.*|\\s*)$")) {
            sb.append("; Secure");
        }
        return sb.toString();
    }
}
