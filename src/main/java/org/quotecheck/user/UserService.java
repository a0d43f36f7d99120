package org.quotecheck.user;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.security.Provider;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.quotecheck.support.InvalidInputException;
import org.wildfly.security.credential.PasswordCredential;
import org.wildfly.security.evidence.PasswordGuessEvidence;
import org.wildfly.security.password.WildFlyElytronPasswordProvider;
import org.wildfly.security.password.util.ModularCrypt;

/** Users: create, list, enable/disable, and check a password. Each method is one user action. */
@ApplicationScoped
public class UserService {

    static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");
    static final int MIN_PASSWORD_LENGTH = 10;
    static final int MAX_PASSWORD_LENGTH = 72; // bcrypt ignores bytes past 72
    private static final Provider[] PROVIDERS = {WildFlyElytronPasswordProvider.getInstance()};
    // Checked when the user does not exist, so that a wrong name costs as long as a wrong password.
    private static final String DUMMY_HASH = BcryptUtil.bcryptHash("quotecheck-no-such-user");

    private final VerifiedCredentials verified;
    private final Sessions sessions;

    UserService(VerifiedCredentials verified, Sessions sessions) {
        this.verified = verified;
        this.sessions = sessions;
    }

    /** A signed-in user's name and roles. */
    public record Principal(String username, Set<String> roles) {
    }

    @Transactional
    public List<UserView> list() {
        return AppUser.<AppUser>listAll(io.quarkus.panache.common.Sort.by("username"))
                .stream().map(UserService::view).toList();
    }

    @Transactional
    public Optional<UserView> find(String username) {
        return Optional.ofNullable(byName(username)).map(UserService::view);
    }

    /**
     * The user of that name, or null; a name that no account can have (a NUL, 5,000 characters) is
     * simply nobody and never reaches the database, which would refuse it with an error.
     */
    private static AppUser byName(String username) {
        return username == null || !USERNAME.matcher(username).matches() ? null : AppUser.findByUsername(username);
    }

    /** Creates a user; the name must be new, the password at least {@value #MIN_PASSWORD_LENGTH} characters. */
    @Transactional
    public UserView create(String username, String password, Set<String> roles) {
        String name = username == null ? "" : username.trim().toLowerCase(java.util.Locale.ROOT);
        if (!USERNAME.matcher(name).matches()) {
            throw InvalidInputException.of("username",
                    "Use 2 to 64 lower-case letters, digits, dots, dashes or underscores.");
        }
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw InvalidInputException.of("password",
                    "Use at least " + MIN_PASSWORD_LENGTH + " characters.");
        }
        if (password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_PASSWORD_LENGTH) {
            throw InvalidInputException.of("password", "Use at most " + MAX_PASSWORD_LENGTH + " bytes.");
        }
        if (roles == null || roles.isEmpty() || roles.stream().anyMatch(java.util.Objects::isNull)
                || !Set.of(Role.REVIEWER, Role.ADMIN).containsAll(roles)) {
            throw InvalidInputException.of("roles", "Choose reviewer and/or admin.");
        }
        if (AppUser.findByUsername(name) != null) {
            throw InvalidInputException.of("username", "A user with this name already exists.");
        }
        AppUser user = new AppUser();
        user.username = name;
        user.passwordHash = BcryptUtil.bcryptHash(password);
        user.roles = String.join(",", new LinkedHashSet<>(roles));
        user.persist();
        return view(user);
    }

    /** Enables or disables a user; a disabled user can no longer sign in, also not with a session cookie. */
    @Transactional
    public Optional<UserView> setEnabled(String username, boolean enabled) {
        AppUser user = byName(username);
        if (user == null) {
            return Optional.empty();
        }
        user.enabled = enabled;
        verified.forget(user.username);
        if (!enabled) {
            sessions.closeAll(user.username);
        }
        return Optional.of(view(user));
    }

    /** The user's principal when the name exists, is enabled and the password matches. */
    @Transactional
    public Optional<Principal> authenticate(String username, char[] password) {
        AppUser user = byName(username);
        if (user != null && user.enabled && verified.contains(user.username, user.passwordHash, password)) {
            return Optional.of(new Principal(user.username, roles(user)));
        }
        boolean matches = verify(user == null ? DUMMY_HASH : user.passwordHash, password);
        if (user == null || !matches || !user.enabled) {
            return Optional.empty();
        }
        verified.remember(user.username, user.passwordHash, password);
        return Optional.of(new Principal(user.username, roles(user)));
    }

    /** For a session cookie: the principal while the user still exists and is enabled. */
    @Transactional
    public Optional<Principal> trusted(String username) {
        AppUser user = byName(username);
        if (user == null || !user.enabled) {
            return Optional.empty();
        }
        return Optional.of(new Principal(user.username, roles(user)));
    }

    /** Creates the user unless one of that name exists; for bootstrapping accounts at start. */
    @Transactional
    public boolean createIfAbsent(String username, String password, Set<String> roles) {
        if (byName(username) != null) {
            return false;
        }
        create(username, password, roles);
        return true;
    }

    private static boolean verify(String hash, char[] password) {
        try {
            PasswordCredential stored = new PasswordCredential(ModularCrypt.decode(hash));
            return stored.verify(() -> PROVIDERS, new PasswordGuessEvidence(password));
        } catch (java.security.spec.InvalidKeySpecException e) {
            return false;
        }
    }

    private static Set<String> roles(AppUser user) {
        return Arrays.stream(user.roles.split(",")).map(String::trim).filter(r -> !r.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static UserView view(AppUser user) {
        return new UserView(user.id, user.username, roles(user), user.enabled, user.createdAt);
    }
}
