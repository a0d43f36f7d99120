package org.quotecheck.user;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Server-side desk sessions (table {@code user_session}): the encrypted sign-in cookie says who
 * signed in, and the {@value #COOKIE} cookie names a session row that signing out deletes. Only the
 * SHA-256 of the random session id is stored.
 */
@ApplicationScoped
public class Sessions {

    public static final String COOKIE = "qc-session";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final EntityManager em;
    private final Duration timeout;

    Sessions(EntityManager em, @ConfigProperty(name = "quarkus.http.auth.form.timeout") Duration timeout) {
        this.em = em;
        this.timeout = timeout;
    }

    /** Opens a session for the user and returns its secret id (for the cookie). */
    @Transactional
    public String open(String username) {
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        em.createNativeQuery("delete from user_session where expires_at <= now()").executeUpdate();
        em.createNativeQuery("""
                insert into user_session (id_sha256, user_id, expires_at)
                select :sha, u.id, :expires from app_user u where u.username = :username""")
                .setParameter("sha", sha256(secret)).setParameter("username", username)
                .setParameter("expires", OffsetDateTime.now(ZoneOffset.UTC).plus(timeout)).executeUpdate();
        return secret;
    }

    /** Whether the secret names an open session of this (enabled) user. */
    @Transactional
    public boolean valid(String username, String secret) {
        if (secret == null || secret.length() > 100) {
            return false;
        }
        return !em.createNativeQuery("""
                select 1 from user_session s join app_user u on u.id = s.user_id
                where s.id_sha256 = :sha and u.username = :username and u.enabled and s.expires_at > now()""")
                .setParameter("sha", sha256(secret)).setParameter("username", username).getResultList().isEmpty();
    }

    /** Ends one session (sign out). */
    @Transactional
    public void close(String secret) {
        if (secret != null && secret.length() <= 100) {
            em.createNativeQuery("delete from user_session where id_sha256 = :sha")
                    .setParameter("sha", sha256(secret)).executeUpdate();
        }
    }

    /** Ends every session of the user (sign out everywhere, disabling). Returns how many. */
    @Transactional
    public int closeAll(String username) {
        return em.createNativeQuery("delete from user_session where user_id in (select id from app_user"
                + " where username = :username)").setParameter("username", username).executeUpdate();
    }

    static String sha256(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
