package org.quotecheck.user;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.vertx.ext.web.RoutingContext;
import org.quotecheck.support.TooManySignInsException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Identity providers backed by {@code app_user}. Hand-written rather than quarkus-security-jpa
 * because that extension has no notion of a disabled account; here a disabled user is refused at
 * sign-in (Basic and form) and on every later request that carries the form session cookie.
 */
public final class UserIdentityProviders {

    private UserIdentityProviders() {
    }

    /** The client's address (the proxy's forwarded one when proxy-address-forwarding is on). */
    public static String clientAddress(io.vertx.core.http.HttpServerRequest request) {
        return request == null || request.remoteAddress() == null ? null : request.remoteAddress().hostAddress();
    }

    static SecurityIdentity identity(Optional<UserService.Principal> principal) {
        UserService.Principal p = principal.orElseThrow(AuthenticationFailedException::new);
        return QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(p.username()))
                .addRoles(p.roles()).build();
    }

    /** Username and password: HTTP Basic on the API, the sign-in form on pages. */
    @ApplicationScoped
    static class Password implements IdentityProvider<UsernamePasswordAuthenticationRequest> {
        @Inject
        UserService users;

        @Inject
        SignInThrottle throttle;

        @Inject
        Sessions sessions;

        @Override
        public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
            return UsernamePasswordAuthenticationRequest.class;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
                AuthenticationRequestContext context) {
            String username = request.getUsername();
            String address = address(request);
            return context.runBlocking(() -> {
                throttle.blocked(username, address).ifPresent(wait -> {
                    throw new AuthenticationFailedException(new TooManySignInsException(wait));
                });
                Optional<UserService.Principal> principal = users.authenticate(username,
                        request.getPassword().getPassword());
                if (principal.isPresent()) {
                    throttle.succeeded(username);
                    openDeskSession(request, principal.get().username());
                } else {
                    throttle.failed(username, address);
                }
                return identity(principal);
            });
        }

        /** A form sign-in opens a revocable server-side session next to the encrypted cookie. */
        private void openDeskSession(UsernamePasswordAuthenticationRequest request, String username) {
            RoutingContext rc = HttpSecurityUtils.getRoutingContextAttribute(request);
            if (rc != null && rc.normalizedPath().endsWith("/j_security_check")) {
                rc.response().addCookie(io.vertx.core.http.Cookie.cookie(Sessions.COOKIE, sessions.open(username))
                        .setPath("/").setHttpOnly(true).setSameSite(io.vertx.core.http.CookieSameSite.STRICT));
            }
        }

        private static String address(UsernamePasswordAuthenticationRequest request) {
            RoutingContext rc = HttpSecurityUtils.getRoutingContextAttribute(request);
            return rc == null ? null : clientAddress(rc.request());
        }
    }

    /** The encrypted form-authentication cookie names a user: still there and enabled? */
    @ApplicationScoped
    static class Trusted implements IdentityProvider<TrustedAuthenticationRequest> {
        @Inject
        UserService users;

        @Inject
        Sessions sessions;

        @Override
        public Class<TrustedAuthenticationRequest> getRequestType() {
            return TrustedAuthenticationRequest.class;
        }

        /** Also requires the session the cookie was issued with to be open: signing out ends it. */
        @Override
        public Uni<SecurityIdentity> authenticate(TrustedAuthenticationRequest request,
                AuthenticationRequestContext context) {
            RoutingContext rc = HttpSecurityUtils.getRoutingContextAttribute(request);
            io.vertx.core.http.Cookie cookie = rc == null ? null : rc.request().getCookie(Sessions.COOKIE);
            String secret = cookie == null ? null : cookie.getValue();
            return context.runBlocking(() -> identity(users.trusted(request.getPrincipal())
                    .filter(p -> sessions.valid(p.username(), secret))));
        }
    }
}
