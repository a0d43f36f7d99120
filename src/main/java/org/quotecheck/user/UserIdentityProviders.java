package org.quotecheck.user;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Identity providers backed by {@code app_user}. Hand-written rather than quarkus-security-jpa
 * because that extension has no notion of a disabled account; here a disabled user is refused at
 * sign-in (Basic and form) and on every later request that carries the form session cookie.
 */
final class UserIdentityProviders {

    private UserIdentityProviders() {
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

        @Override
        public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
            return UsernamePasswordAuthenticationRequest.class;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
                AuthenticationRequestContext context) {
            return context.runBlocking(() -> identity(users.authenticate(request.getUsername(),
                    request.getPassword().getPassword())));
        }
    }

    /** The encrypted form-authentication cookie names a user: still there and enabled? */
    @ApplicationScoped
    static class Trusted implements IdentityProvider<TrustedAuthenticationRequest> {
        @Inject
        UserService users;

        @Override
        public Class<TrustedAuthenticationRequest> getRequestType() {
            return TrustedAuthenticationRequest.class;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(TrustedAuthenticationRequest request,
                AuthenticationRequestContext context) {
            return context.runBlocking(() -> identity(users.trusted(request.getPrincipal())));
        }
    }
}
