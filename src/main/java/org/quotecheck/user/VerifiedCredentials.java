package org.quotecheck.user;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Passwords that bcrypt has already accepted, so that HTTP Basic (which sends the password on every
 * request) costs one bcrypt check per account and {@link #TTL}, not one per request.
 *
 * <p>An entry holds the SHA-256 of the password (never the password) together with the bcrypt hash
 * it was checked against. It only counts while the account row still has that very hash and is
 * enabled (the caller reads the row on every request), so a password change on any replica makes
 * it useless at once; disabling forgets it here too. Bounded ({@link #MAX_ENTRIES}, oldest first)
 * and short-lived.
 */
@ApplicationScoped
class VerifiedCredentials {

    static final int MAX_ENTRIES = 10_000;
    static final Duration TTL = Duration.ofMinutes(5);

    private record Entry(String bcryptHash, byte[] passwordDigest, Instant until) {
    }

    private final Map<String, Entry> entries = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
            return size() > MAX_ENTRIES;
        }
    };
    private Clock clock = Clock.systemUTC();

    /** Whether this password was verified against exactly this stored hash within the TTL. */
    synchronized boolean contains(String username, String bcryptHash, char[] password) {
        Entry e = entries.get(username);
        if (e == null) {
            return false;
        }
        if (e.until().isBefore(clock.instant()) || !e.bcryptHash().equals(bcryptHash)) {
            entries.remove(username);
            return false;
        }
        return MessageDigest.isEqual(e.passwordDigest(), digest(password));
    }

    synchronized void remember(String username, String bcryptHash, char[] password) {
        entries.put(username, new Entry(bcryptHash, digest(password), clock.instant().plus(TTL)));
    }

    /** After a password change, disabling, or signing out everywhere. */
    synchronized void forget(String username) {
        entries.remove(username);
    }

    synchronized int size() {
        return entries.size();
    }

    void clock(Clock clock) {
        this.clock = clock;
    }

    private static byte[] digest(char[] password) {
        ByteBuffer bytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
        byte[] raw = Arrays.copyOf(bytes.array(), bytes.limit());
        try {
            return MessageDigest.getInstance("SHA-256").digest(raw);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        } finally {
            Arrays.fill(raw, (byte) 0);
        }
    }
}
