package org.quotecheck.user;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Turns a single sign-on (OpenID Connect) identity into a quotecheck account: provisions it on the
 * first sign-in or links the existing account of the same name, and sets its roles from the
 * provider's roles through {@code quotecheck.oidc.role-mapping}. The account then signs in like any
 * other (same server-side session, same role matrix, same name on reviews).
 */
@ApplicationScoped
public class SsoAccounts {

    /** Never a valid bcrypt hash: an account made by SSO has no password (the form and Basic refuse it). */
    static final String NO_PASSWORD = "!sso-only";

    private final SsoConfig config;

    SsoAccounts(SsoConfig config) {
        this.config = config;
    }

    /** What the provider says about the user: its account (issuer, subject), user name claim and roles. */
    public record Claims(String issuer, String subject, String username, Set<String> providerRoles) {
    }

    /** The outcome of one SSO sign-in. */
    public sealed interface Outcome {
    }

    /** Signed in as this account. */
    public record SignedIn(String username, Set<String> roles) implements Outcome {
    }

    /** Refused, with a reason the user can act on (shown on the page, never a stack trace). */
    public record Refused(String reason) implements Outcome {
    }

    /** The quotecheck roles the provider roles map to; unknown provider roles are ignored. */
    public Set<String> mapRoles(Set<String> providerRoles) {
        Set<String> roles = new LinkedHashSet<>();
        if (providerRoles.stream().anyMatch(config.roleMapping().reviewer()::contains)) {
            roles.add(Role.REVIEWER);
        }
        if (providerRoles.stream().anyMatch(config.roleMapping().admin()::contains)) {
            roles.add(Role.ADMIN);
        }
        return roles;
    }

    /** One SSO sign-in: provision or link the account and set its roles, or refuse. */
    @Transactional
    public Outcome signIn(Claims claims) {
        String name = claims.username() == null ? "" : claims.username().strip().toLowerCase(Locale.ROOT);
        if (!UserService.USERNAME.matcher(name).matches()) {
            return new Refused("Your identity provider gave no user name that quotecheck can use (claim "
                    + config.usernameClaim() + "). Ask an administrator.");
        }
        Set<String> roles = mapRoles(claims.providerRoles());
        if (roles.isEmpty()) {
            return new Refused("Your account at the identity provider has no quotecheck role (reviewer or"
                    + " admin). Ask an administrator to grant you one.");
        }
        String subject = subject(claims);
        AppUser user = AppUser.findByUsername(name);
        if (user == null) {
            if (AppUser.count("ssoSubject", subject) > 0) {
                return new Refused("Your identity provider account is already linked to another quotecheck"
                        + " account. Ask an administrator.");
            }
            user = new AppUser();
            user.username = name;
            user.passwordHash = NO_PASSWORD;
            user.ssoSubject = subject;
            user.roles = String.join(",", roles);
            user.persist();
            return new SignedIn(name, roles);
        }
        if (!user.enabled) {
            return new Refused("The quotecheck account " + name + " is disabled.");
        }
        if (user.ssoSubject != null && !user.ssoSubject.equals(subject)) {
            return new Refused("The quotecheck account " + name + " belongs to another identity provider"
                    + " account. Ask an administrator.");
        }
        if (user.ssoSubject == null && AppUser.count("ssoSubject", subject) > 0) {
            return new Refused("Your identity provider account is already linked to another quotecheck"
                    + " account. Ask an administrator.");
        }
        user.ssoSubject = subject;
        user.roles = String.join(",", roles);
        return new SignedIn(name, roles);
    }

    private static String subject(Claims claims) {
        return claims.issuer() + " " + claims.subject();
    }
}
