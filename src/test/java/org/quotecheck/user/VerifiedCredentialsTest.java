package org.quotecheck.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class VerifiedCredentialsTest {

    private final VerifiedCredentials cache = new VerifiedCredentials();

    @Test
    void aVerifiedPasswordIsRecognisedAgainstTheSameStoredHash() {
        cache.remember("ann", "$2a$hash1", "secret-1".toCharArray());
        assertTrue(cache.contains("ann", "$2a$hash1", "secret-1".toCharArray()));
    }

    @Test
    void anotherPasswordIsNot() {
        cache.remember("ann", "$2a$hash1", "secret-1".toCharArray());
        assertFalse(cache.contains("ann", "$2a$hash1", "secret-2".toCharArray()));
    }

    @Test
    void aChangedPasswordHashInvalidatesTheEntryAtOnce() {
        cache.remember("ann", "$2a$hash1", "secret-1".toCharArray());
        assertFalse(cache.contains("ann", "$2a$hash2", "secret-1".toCharArray()));
        assertFalse(cache.contains("ann", "$2a$hash1", "secret-1".toCharArray()), "the stale entry is gone");
    }

    @Test
    void forgettingTheAccountDropsIt() {
        cache.remember("ann", "$2a$hash1", "secret-1".toCharArray());
        cache.forget("ann");
        assertFalse(cache.contains("ann", "$2a$hash1", "secret-1".toCharArray()));
    }

    @Test
    void entriesExpire() {
        cache.clock(Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));
        cache.remember("ann", "$2a$hash1", "secret-1".toCharArray());
        cache.clock(Clock.fixed(Instant.parse("2026-01-01T00:00:00Z").plus(VerifiedCredentials.TTL).plusSeconds(1),
                ZoneOffset.UTC));
        assertFalse(cache.contains("ann", "$2a$hash1", "secret-1".toCharArray()));
    }

    @Test
    void theCacheIsBounded() {
        for (int i = 0; i < VerifiedCredentials.MAX_ENTRIES + 50; i++) {
            cache.remember("u" + i, "h", "p".toCharArray());
        }
        assertEquals(VerifiedCredentials.MAX_ENTRIES, cache.size());
    }
}
