package org.quotecheck.user;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SessionKeyCheckTest {

    @Test
    void productionWithoutSessionKeyRefusesToStartNamingTheVariable() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> SessionKeyCheck.require(true, Optional.empty()));
        assertTrue(e.getMessage().contains("QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY"));
    }

    @Test
    void productionWithShortOrBlankKeyRefusesToStart() {
        assertThrows(IllegalStateException.class, () -> SessionKeyCheck.require(true, Optional.of("short-key")));
        assertThrows(IllegalStateException.class, () -> SessionKeyCheck.require(true, Optional.of("   ".repeat(10))));
    }

    @Test
    void productionWithLongEnoughKeyStarts() {
        assertDoesNotThrow(() -> SessionKeyCheck.require(true, Optional.of("0123456789abcdef")));
    }

    @Test
    void devAndTestNeedNoKey() {
        assertDoesNotThrow(() -> SessionKeyCheck.require(false, Optional.empty()));
    }
}
