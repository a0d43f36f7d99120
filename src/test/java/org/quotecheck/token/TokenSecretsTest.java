package org.quotecheck.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quotecheck.support.InvalidInputException;

class TokenSecretsTest {

    @Test
    void secretsAreLongRandomAndRecognisable() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String s = TokenSecrets.generate();
            assertTrue(TokenSecrets.wellFormed(s), s);
            assertTrue(s.startsWith("qc_"), s);
            assertEquals(46, s.length());
            assertTrue(seen.add(s), "a repeated secret");
        }
        assertFalse(TokenSecrets.wellFormed(null));
        assertFalse(TokenSecrets.wellFormed("qc_short"));
        assertFalse(TokenSecrets.wellFormed("xx_" + "A".repeat(43)));
        assertFalse(TokenSecrets.wellFormed("qc_" + "A".repeat(42) + "+"));
        assertEquals(64, TokenSecrets.sha256(TokenSecrets.generate()).length());
    }

    @Test
    void expiryIsOptionalInTheFutureAndBeforeTheYear10000() {
        Instant now = Instant.parse("2026-06-01T12:00:00Z");
        assertNull(TokenService.expiresAt(null, now));
        assertNull(TokenService.expiresAt("  ", now));
        assertEquals(Instant.parse("2026-06-02T00:00:00Z"), TokenService.expiresAt("2026-06-02", now).toInstant());
        assertEquals(Instant.parse("2026-06-01T13:00:01Z"),
                TokenService.expiresAt("2026-06-01T15:00:01+02:00", now).toInstant());
        for (String bad : new String[] {"2026-06-01", "2026-06-01T12:00:00Z", "9999-12-31T23:59:59.5Z",
                "+999999999-12-31", "-999999999-01-01", "soon", "2026-02-30", "a\u0000b"}) {
            assertThrows(InvalidInputException.class, () -> TokenService.expiresAt(bad, now), bad);
        }
    }
}
