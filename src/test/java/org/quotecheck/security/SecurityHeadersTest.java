package org.quotecheck.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SecurityHeadersTest {

    @Test
    void aCookieWithoutSameSiteGetsStrict() {
        assertEquals("qc-csrf=abc; Path=/; HTTPOnly; SameSite=Strict",
                SecurityHeaders.flags("qc-csrf=abc; Path=/; HTTPOnly", false));
    }

    @Test
    void aCookieThatNamesItsSameSiteKeepsIt() {
        assertEquals("a=b; SameSite=Lax", SecurityHeaders.flags("a=b; SameSite=Lax", false));
    }

    @Test
    void overTlsEveryCookieIsSecureOnce() {
        assertEquals("a=b; SameSite=Strict; Secure", SecurityHeaders.flags("a=b; SameSite=Strict", true));
        assertEquals("a=b; Secure; SameSite=Strict", SecurityHeaders.flags("a=b; Secure; SameSite=Strict", true));
        assertEquals("a=b; SameSite=Strict; Secure", SecurityHeaders.flags("a=b; SameSite=Strict; Secure", true));
    }

    @Test
    void overPlainHttpNoCookieIsMarkedSecure() {
        assertEquals("a=b; SameSite=Strict", SecurityHeaders.flags("a=b", false));
    }
}
