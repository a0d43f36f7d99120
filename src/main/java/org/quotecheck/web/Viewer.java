package org.quotecheck.web;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.quotecheck.user.Role;

/** The signed-in user as the page layout sees it ({@code inject:viewer} in templates). */
@Named("viewer")
@RequestScoped
public class Viewer {

    @Inject
    SecurityIdentity identity;

    /**
     * Signed in with a usable session. A session that no longer works (signed out, account
     * disabled) reads as anonymous here, so that public pages such as sign-in still render.
     */
    public boolean signedIn() {
        try {
            return !identity.isAnonymous();
        } catch (io.quarkus.security.AuthenticationFailedException e) {
            return false;
        }
    }

    public String name() {
        return signedIn() ? identity.getPrincipal().getName() : "";
    }

    public boolean admin() {
        return signedIn() && identity.hasRole(Role.ADMIN);
    }

    public boolean reviewer() {
        return signedIn() && identity.hasRole(Role.REVIEWER);
    }
}
