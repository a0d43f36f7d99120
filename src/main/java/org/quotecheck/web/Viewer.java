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

    public boolean signedIn() {
        return !identity.isAnonymous();
    }

    public String name() {
        return signedIn() ? identity.getPrincipal().getName() : "";
    }

    public boolean admin() {
        return identity.hasRole(Role.ADMIN);
    }

    public boolean reviewer() {
        return identity.hasRole(Role.REVIEWER);
    }
}
