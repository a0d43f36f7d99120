package org.quotecheck.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.quotecheck.user.Sessions;
import org.quotecheck.user.SsoConfig;

/** Sign in (the form posts to Quarkus's j_security_check) and sign out. */
@Path("/")
public class LoginPage {

    @ConfigProperty(name = "quarkus.http.auth.form.cookie-name", defaultValue = "quarkus-credential")
    String sessionCookie;

    @Inject
    Sessions sessions;

    @Inject
    Viewer viewer;

    @Inject
    SsoConfig sso;

    @CheckedTemplate
    static class Templates {
        /** {@code sso}: the identity provider's name when single sign-on is on, else null (no button). */
        static native TemplateInstance login(boolean failed, boolean signedOut, String sso);
    }

    @GET
    @Path("login")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance login(@QueryParam("error") String error, @QueryParam("signedOut") String signedOut) {
        return Templates.login(error != null, signedOut != null, sso.enabled() ? sso.providerName() : null);
    }

    /** Signing out ends the server-side session, so the old cookies sign no one in any more. */
    @POST
    @Path("logout")
    public Response logout(@CookieParam(Sessions.COOKIE) String session) {
        sessions.close(session);
        return signedOut();
    }

    /** Ends every session of the signed-in account, on every device. */
    @POST
    @Path("logout/everywhere")
    public Response logoutEverywhere() {
        if (viewer.signedIn()) {
            sessions.closeAll(viewer.name());
        }
        return signedOut();
    }

    private Response signedOut() {
        return Response.seeOther(URI.create("/login?signedOut=1")).cookie(expired(sessionCookie), expired(Sessions.COOKIE))
                .build();
    }

    private static NewCookie expired(String name) {
        return new NewCookie.Builder(name).path("/").maxAge(0).value("").httpOnly(true)
                .sameSite(NewCookie.SameSite.STRICT).build();
    }
}
