package org.quotecheck.support;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Security failures inside the REST layer: the API answers RFC 9457 problems with a Basic
 * challenge; pages (never reached here in practice, they are guarded before REST) go to sign-in.
 */
public class SecurityProblemMapper {

    static final String PROBLEM_JSON = "application/problem+json";

    @ServerExceptionMapper(UnauthorizedException.class)
    public Response unauthorized(HttpServerRequest request) {
        return challenge(request, "/login");
    }

    /** Wrong credentials, or an account disabled since its session began. */
    @ServerExceptionMapper(AuthenticationFailedException.class)
    public Response authenticationFailed(HttpServerRequest request) {
        return challenge(request, "/login?error=1");
    }

    private static Response challenge(HttpServerRequest request, String signInPage) {
        if (!request.path().startsWith("/api/")) {
            return Response.seeOther(URI.create(signInPage)).build();
        }
        return Response.status(Response.Status.UNAUTHORIZED)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"quotecheck\"")
                .type(PROBLEM_JSON)
                .entity(problem(401, "Unauthorized",
                        "Sign in: send the user name and password of a quotecheck account with HTTP Basic.",
                        request.path()))
                .build();
    }

    @ServerExceptionMapper(ForbiddenException.class)
    public Response forbidden(HttpServerRequest request) {
        return Response.status(Response.Status.FORBIDDEN).type(PROBLEM_JSON)
                .entity(problem(403, "Forbidden", "Your account's roles do not allow this.", request.path()))
                .build();
    }

    @ServerExceptionMapper(org.quotecheck.user.UserService.InvalidUserException.class)
    public Response invalidUser(org.quotecheck.user.UserService.InvalidUserException e, HttpServerRequest request) {
        Map<String, Object> body = problem(400, "Invalid user", e.getMessage(), request.path());
        body.put("field", e.field());
        return Response.status(Response.Status.BAD_REQUEST).type(PROBLEM_JSON).entity(body).build();
    }

    static Map<String, Object> problem(int status, String title, String detail, String instance) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        body.put("instance", instance);
        return body;
    }
}
