package org.quotecheck.user;

import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.FormAuthConfig;
import io.quarkus.vertx.http.runtime.VertxHttpConfig;
import io.quarkus.vertx.http.runtime.security.PersistentLoginManager;
import io.smallrye.config.SmallRyeConfig;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;
import org.quotecheck.security.SecurityConfig;

/**
 * Signs a browser in to the desk for an account that was authenticated some other way than the
 * sign-in form (single sign-on): the same two cookies a form sign-in gets, the encrypted
 * form-authentication cookie that names the user (written with Quarkus's own
 * {@link PersistentLoginManager} and the form settings, {@code quarkus.http.auth.form.*}) and the
 * revocable server-side session ({@link Sessions}). From then on the account is signed in exactly
 * like after a form sign-in: sign out, sign out everywhere and disabling end it.
 */
@ApplicationScoped
public class DeskSignIn {

    private final Sessions sessions;
    private final SecurityConfig security;
    private final PersistentLoginManager loginManager;

    DeskSignIn(Sessions sessions, SecurityConfig security) {
        this.sessions = sessions;
        this.security = security;
        SmallRyeConfig config = ConfigProvider.getConfig().unwrap(SmallRyeConfig.class);
        FormAuthConfig form = config.getConfigMapping(VertxHttpConfig.class).auth().form();
        Optional<String> key = config.getOptionalValue("quarkus.http.auth.session.encryption-key", String.class);
        this.loginManager = key.filter(k -> !k.isBlank()).map(k -> new PersistentLoginManager(k, form.cookieName(),
                form.timeout().toMillis(), form.newCookieInterval().toMillis(), form.httpOnlyCookie(),
                form.cookieSameSite().name(), form.cookiePath().orElse("/"),
                form.cookieMaxAge().map(Duration::toSeconds).orElse(-1L), form.cookieDomain().orElse(null)))
                .orElse(null);
    }

    /** Opens a desk session for the (enabled) account and sets its cookies on the answer. */
    public void open(RoutingContext rc, String username) {
        if (loginManager == null) {
            throw new IllegalStateException("Single sign-on needs quarkus.http.auth.session.encryption-key"
                    + " (QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY), the key of the desk's sign-in cookie.");
        }
        boolean secure = security.secureCookies() || rc.request().isSSL();
        rc.response().addCookie(Cookie.cookie(Sessions.COOKIE, sessions.open(username)).setPath("/")
                .setHttpOnly(true).setSameSite(CookieSameSite.STRICT).setSecure(secure));
        loginManager.save(QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(username)).build(),
                rc, null, secure);
    }
}
