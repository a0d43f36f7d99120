package org.quotecheck.token;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.BaseAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.Set;
import org.quotecheck.support.TooManySignInsException;
import org.quotecheck.user.SignInThrottle;
import org.quotecheck.user.UserIdentityProviders;

/**
 * {@code Authorization: Bearer <token>} for the API, next to HTTP Basic (application.properties
 * selects both mechanisms for {@code /api/*}; the desk keeps form sign-in only). Wired into Quarkus
 * security like Basic: a mechanism reads the header, an identity provider checks the token.
 */
final class BearerTokenAuthentication {

    static final String SCHEME = "bearer";
    /** Identity attribute naming the token a request signed in with. */
    static final String TOKEN_ID = "quotecheck.token-id";

    private BearerTokenAuthentication() {
    }

    /** A presented bearer secret (not Quarkus's TokenAuthenticationRequest, which OIDC would claim). */
    static final class Request extends BaseAuthenticationRequest {
        private final String secret;

        Request(String secret) {
            this.secret = secret;
        }

        String secret() {
            return secret;
        }
    }

    @ApplicationScoped
    static class Mechanism implements HttpAuthenticationMechanism {

        @Override
        public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
            String header = context.request().getHeader(HttpHeaders.AUTHORIZATION);
            if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
                return Uni.createFrom().optional(Optional.empty()); // not ours: Basic or anonymous
            }
            Request request = new Request(header.substring(7).strip());
            HttpSecurityUtils.setRoutingContextAttribute(request, context);
            return identities.authenticate(request);
        }

        @Override
        public Uni<ChallengeData> getChallenge(RoutingContext context) {
            return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate",
                    "Bearer realm=\"quotecheck\""));
        }

        @Override
        public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
            return Set.of(Request.class);
        }

        @Override
        public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
            return Uni.createFrom().item(new HttpCredentialTransport(HttpCredentialTransport.Type.AUTHORIZATION, SCHEME));
        }
    }

    /**
     * Checks the token; a wrong, revoked or expired token, or one of a disabled account, is a failed
     * sign-in that counts against the client address's budget (there is no account to charge).
     */
    @ApplicationScoped
    static class Provider implements IdentityProvider<Request> {

        private final TokenService tokens;
        private final SignInThrottle throttle;

        Provider(TokenService tokens, SignInThrottle throttle) {
            this.tokens = tokens;
            this.throttle = throttle;
        }

        @Override
        public Class<Request> getRequestType() {
            return Request.class;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(Request request, AuthenticationRequestContext context) {
            RoutingContext rc = HttpSecurityUtils.getRoutingContextAttribute(request);
            String address = rc == null ? null : UserIdentityProviders.clientAddress(rc.request());
            return context.runBlocking(() -> check(request.secret(), address));
        }

        /** Blocking: the throttle, then one look-up. */
        SecurityIdentity check(String secret, String address) {
            throttle.blocked(null, address).ifPresent(wait -> {
                throw new AuthenticationFailedException(new TooManySignInsException(wait));
            });
            Optional<TokenService.TokenPrincipal> principal = tokens.authenticate(secret);
            if (principal.isEmpty()) {
                throttle.failed(null, address);
                throw new AuthenticationFailedException();
            }
            TokenService.TokenPrincipal p = principal.get();
            return QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(p.username()))
                    .addRoles(p.roles()).addAttribute(TOKEN_ID, p.tokenId()).build();
        }
    }
}
