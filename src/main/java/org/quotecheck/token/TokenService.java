package org.quotecheck.token;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.quotecheck.security.SecurityConfig;
import org.quotecheck.support.Inputs;
import org.quotecheck.support.InvalidInputException;
import org.quotecheck.support.NotFoundException;
import org.quotecheck.support.Page;
import org.quotecheck.support.PageRequest;
import org.quotecheck.support.UnprocessableException;

/** An account's API tokens: create (the secret once), list, revoke, and check a presented secret. */
@ApplicationScoped
public class TokenService {

    static final int MAX_NAME_LENGTH = 100;
    // the years the rest of the API accepts (publishedAt), and PostgreSQL stores comfortably
    static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    /** The account a token signs in, with the account's roles at request time. */
    public record TokenPrincipal(long tokenId, String username, Set<String> roles) {
    }

    private final EntityManager em;
    private final DataSource dataSource;
    private final SecurityConfig.Tokens config;

    TokenService(EntityManager em, DataSource dataSource, SecurityConfig security) {
        this.em = em;
        this.dataSource = dataSource;
        this.config = security.tokens();
    }

    /**
     * Creates a token for the account. {@code expiresAt} is optional: an ISO-8601 date-time with
     * offset, or a date (the token stops at its start, UTC). Refused past the per-account cap.
     */
    @Transactional
    public CreatedToken create(String username, String name, String expiresAt) {
        String cleanName = Inputs.required("name", name, MAX_NAME_LENGTH);
        OffsetDateTime expires = expiresAt(expiresAt, Instant.now());
        // Locking the account row serialises concurrent creations, so the cap holds exactly.
        List<?> ids = em.createNativeQuery("select id from app_user where username = :u for update")
                .setParameter("u", username).getResultList();
        if (ids.isEmpty()) {
            throw new NotFoundException("user", username);
        }
        long userId = ((Number) ids.get(0)).longValue();
        long active = ((Number) em.createNativeQuery("""
                select count(*) from api_token where user_id = :id and revoked_at is null
                and (expires_at is null or expires_at > now())""").setParameter("id", userId).getSingleResult())
                .longValue();
        if (active >= config.maxPerAccount()) {
            throw new UnprocessableException("token-limit", "Too many tokens", null, "An account may hold at most "
                    + config.maxPerAccount() + " active API tokens; revoke one it no longer needs first.");
        }
        String secret = TokenSecrets.generate();
        ApiToken token = new ApiToken();
        token.userId = userId;
        token.name = cleanName;
        token.secretSha256 = TokenSecrets.sha256(secret);
        token.prefix = TokenSecrets.display(secret);
        token.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        token.expiresAt = expires;
        token.persist();
        return new CreatedToken(token.id, token.name, secret, token.prefix, token.createdAt, token.expiresAt);
    }

    /** The account's tokens, newest first (revoked and expired ones too, with their state). */
    @Transactional
    public Page<TokenView> list(String username, PageRequest page) {
        Long userId = userId(username);
        if (userId == null) {
            return new Page<>(List.of(), page.page(), page.size(), 0);
        }
        List<ApiToken> tokens = ApiToken.<ApiToken>find("userId = ?1 order by id desc", userId)
                .page(page.page(), page.size()).list();
        long total = ApiToken.count("userId", userId);
        Instant now = Instant.now();
        return new Page<>(tokens.stream().map(t -> view(t, now)).toList(), page.page(), page.size(), total);
    }

    /** One of the account's tokens; empty for another account's token or none. */
    @Transactional
    public Optional<TokenView> find(String username, long id) {
        return own(username, id).map(t -> view(t, Instant.now()));
    }

    /** Revokes one of the account's tokens (again: no change); empty for another account's token or none. */
    @Transactional
    public Optional<TokenView> revoke(String username, long id) {
        return own(username, id).map(t -> {
            if (t.revokedAt == null) {
                t.revokedAt = OffsetDateTime.now(ZoneOffset.UTC);
            }
            return view(t, Instant.now());
        });
    }

    /**
     * The account a presented secret signs in: the token exists, is neither revoked nor expired, and
     * its account is enabled. One indexed look-up by the secret's hash per request, straight over
     * JDBC (the hot path of every token-authenticated call: no persistence context needed).
     * {@code last_used_at} is written only when it is older than the configured resolution, and the
     * write is conditional, so that concurrent requests and replicas write it once.
     */
    public Optional<TokenPrincipal> authenticate(String secret) {
        if (!TokenSecrets.wellFormed(secret)) {
            return Optional.empty();
        }
        long staleSeconds = Math.max(1, config.lastUsedResolution().toSeconds());
        try (Connection c = dataSource.getConnection()) {
            long id;
            String username;
            String roles;
            boolean stale;
            try (PreparedStatement s = c.prepareStatement("""
                    select t.id, u.username, u.roles,
                           t.last_used_at is null or t.last_used_at < now() - make_interval(secs => ?) as stale
                    from api_token t join app_user u on u.id = t.user_id
                    where t.secret_sha256 = ? and t.revoked_at is null
                      and (t.expires_at is null or t.expires_at > now()) and u.enabled""")) {
                s.setLong(1, staleSeconds);
                s.setString(2, TokenSecrets.sha256(secret));
                try (ResultSet r = s.executeQuery()) {
                    if (!r.next()) {
                        return Optional.empty();
                    }
                    id = r.getLong(1);
                    username = r.getString(2);
                    roles = r.getString(3);
                    stale = r.getBoolean(4);
                }
            }
            if (stale) {
                try (PreparedStatement u = c.prepareStatement("""
                        update api_token set last_used_at = now() where id = ?
                        and (last_used_at is null or last_used_at < now() - make_interval(secs => ?))""")) {
                    u.setLong(1, id);
                    u.setLong(2, staleSeconds);
                    u.executeUpdate();
                }
            }
            return Optional.of(new TokenPrincipal(id, username, roles(roles)));
        } catch (SQLException e) {
            // keeps the SQLState, so that an outage is answered 503 like everywhere else
            throw new IllegalStateException("API token look-up failed", e);
        }
    }

    /** Parses an optional expiry: in the future and no later than the year 9999. */
    static OffsetDateTime expiresAt(String raw, Instant now) {
        Instant at = Inputs.isoInstant("expiresAt", raw, "2027-03-19T08:00:00Z");
        if (at == null) {
            return null;
        }
        String value = raw.strip();
        if (!at.isAfter(now)) {
            throw InvalidInputException.of("expiresAt", "expiresAt must lie in the future (got '" + value + "').");
        }
        if (at.isAfter(LATEST)) {
            throw InvalidInputException.of("expiresAt", "expiresAt must lie before the year 10000 (got '"
                    + value + "').");
        }
        return at.atOffset(ZoneOffset.UTC);
    }

    private Optional<ApiToken> own(String username, long id) {
        Long userId = userId(username);
        ApiToken token = userId == null ? null : ApiToken.findById(id);
        return token != null && token.userId.equals(userId) ? Optional.of(token) : Optional.empty();
    }

    private Long userId(String username) {
        List<?> ids = em.createNativeQuery("select id from app_user where username = :u").setParameter("u", username)
                .getResultList();
        return ids.isEmpty() ? null : ((Number) ids.get(0)).longValue();
    }

    private static TokenView view(ApiToken t, Instant now) {
        String state = t.revokedAt != null ? "REVOKED"
                : t.expiresAt != null && !t.expiresAt.toInstant().isAfter(now) ? "EXPIRED" : "ACTIVE";
        return new TokenView(t.id, t.name, t.prefix, t.createdAt, t.expiresAt, t.lastUsedAt, t.revokedAt, state);
    }

    private static Set<String> roles(String roles) {
        return Arrays.stream(roles.split(",")).map(String::trim).filter(r -> !r.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
