package org.quotecheck.web;

import io.quarkus.oidc.IdToken;
import io.quarkus.oidc.OidcSession;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.json.JsonString;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.quotecheck.user.DeskSignIn;
import org.quotecheck.user.SsoAccounts;
import org.quotecheck.user.SsoConfig;

/**
 * Single sign-on through OpenID Connect (README "Single sign-on (OpenID Connect)"). Quarkus's
 * authorization code flow guards {@code /sso/login} (application.properties: permission {@code sso},
 * mechanism {@code code}); once the provider has signed the user in, this page turns the provider
 * identity into a quotecheck account ({@link SsoAccounts}) and a normal desk session
 * ({@link DeskSignIn}), and ends the short OIDC session that only carried the sign-in here.
 */
@Path("/sso")
public class SsoPage {

    private static final Duration OIDC_LOGOUT_WAIT = Duration.ofSeconds(5);

    @Inject
    SsoConfig config;

    @Inject
    SsoAccounts accounts;

    @Inject
    DeskSignIn desk;

    @Inject
    SecurityIdentity identity;

    @Inject
    @IdToken
    JsonWebToken idToken;

    @Inject
    OidcSession oidcSession;

    @Inject
    RoutingContext rc;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance signedIn(String username);

        static native TemplateInstance refused(String provider, String reason);
    }

    /**
     * The provider has signed the user in: provision or link the account, or refuse. The answer is
     * a page that goes on to the desk by itself (a meta refresh, no script) rather than a redirect,
     * because the browser arrived here from the provider's site and would not send the desk's
     * {@code SameSite=Strict} cookies on a redirect that continues that cross-site navigation.
     */
    @GET
    @Path("login")
    @Produces(MediaType.TEXT_HTML)
    public Response login() {
        SsoAccounts.Outcome outcome = accounts.signIn(new SsoAccounts.Claims(idToken.getIssuer(),
                idToken.getSubject(), claim(config.usernameClaim()), identity.getRoles()));
        oidcSession.logout().await().atMost(OIDC_LOGOUT_WAIT);
        if (outcome instanceof SsoAccounts.SignedIn signedIn) {
            desk.open(rc, signedIn.username());
            return Response.ok(Templates.signedIn(signedIn.username())).header("Cache-Control", "no-store").build();
        }
        return refused(((SsoAccounts.Refused) outcome).reason());
    }

    /** The provider answered with an error (the user cancelled, or is not allowed to use this client). */
    @GET
    @Path("error")
    @Produces(MediaType.TEXT_HTML)
    public Response error() {
        return refused("The identity provider did not sign you in.");
    }

    private Response refused(String reason) {
        return Response.status(Response.Status.FORBIDDEN).entity(Templates.refused(config.providerName(), reason))
                .header("Cache-Control", "no-store").build();
    }

    private String claim(String name) {
        Object value = idToken.getClaim(name);
        if (value instanceof JsonString string) {
            return string.getString();
        }
        return value instanceof String string ? string : null;
    }
}
